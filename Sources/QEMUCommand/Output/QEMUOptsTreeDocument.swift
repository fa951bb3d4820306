/// A QemuOpts tree as JSON: `{"impliedKey":…, "elements":[{"key":…,"value":…} | {"implied":…} | {"flag":…}], "trailingComma":…}`.
struct QEMUOptsTreeDocument: Encodable {
    let tree: QEMUOptsArgument

    init(_ tree: QEMUOptsArgument) { self.tree = tree }

    private enum Key: String, CodingKey { case impliedKey, elements, trailingComma }
    private enum ElementKey: String, CodingKey { case key, value, implied, flag }

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
            case .flag(let name): try object.encode(name, forKey: .flag)
            }
        }
        try container.encode(tree.hasTrailingComma, forKey: .trailingComma)
    }
}
