/// A keyval tree as JSON: `{"impliedKey":…, "elements":[{"key":…,"value":…} | {"implied":…} | {"help":…}], "trailingComma":…}`.
struct QEMUKeyvalTreeDocument: Encodable {
    let tree: QEMUKeyvalArgument

    init(_ tree: QEMUKeyvalArgument) { self.tree = tree }

    private enum Key: String, CodingKey { case impliedKey, elements, trailingComma }
    private enum ElementKey: String, CodingKey { case key, value, implied, help }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(tree.impliedKey, forKey: .impliedKey)
        var elements = container.nestedUnkeyedContainer(forKey: .elements)
        for element in tree.elements {
            var object = elements.nestedContainer(keyedBy: ElementKey.self)
            switch element {
            case .implied(let value): try object.encode(value, forKey: .implied)
            case .pair(let key, let value):
                try object.encode(key, forKey: .key)
                try object.encode(value, forKey: .value)
            case .help(let word): try object.encode(word, forKey: .help)
            }
        }
        try container.encode(tree.hasTrailingComma, forKey: .trailingComma)
    }
}
