/// A QemuOpts or keyval tree as JSON:
/// `{"impliedKey":…, "elements":[{"key":…,"value":…} | {"implied":…} | {"flag":…} | {"help":…}], "trailingComma":…}`.
struct KeyValueTreeDocument: Encodable {
    /// One element as the document shows it.
    enum Element {
        case pair(key: String, value: String)
        case implied(String)
        case flag(String)
        case help(String)
    }

    let impliedKey: String?
    let elements: [Element]
    let hasTrailingComma: Bool

    init(_ tree: QEMUOptsArgument) {
        impliedKey = tree.impliedKey
        hasTrailingComma = tree.hasTrailingComma
        elements = tree.elements.map { element in
            switch element {
            case .implied(let value): .implied(value)
            case .pair(let key, let value): .pair(key: key, value: value)
            case .flag(let name): .flag(name)
            }
        }
    }

    init(_ tree: QEMUKeyvalArgument) {
        impliedKey = tree.impliedKey
        hasTrailingComma = tree.hasTrailingComma
        elements = tree.elements.map { element in
            switch element {
            case .implied(let value): .implied(value)
            case .pair(let key, let value): .pair(key: key, value: value)
            case .help(let word): .help(word)
            }
        }
    }

    private enum Key: String, CodingKey { case impliedKey, elements, trailingComma }
    private enum ElementKey: String, CodingKey { case key, value, implied, flag, help }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(impliedKey, forKey: .impliedKey)
        var list = container.nestedUnkeyedContainer(forKey: .elements)
        for element in elements {
            var object = list.nestedContainer(keyedBy: ElementKey.self)
            switch element {
            case .pair(let key, let value):
                try object.encode(key, forKey: .key)
                try object.encode(value, forKey: .value)
            case .implied(let value): try object.encode(value, forKey: .implied)
            case .flag(let name): try object.encode(name, forKey: .flag)
            case .help(let word): try object.encode(word, forKey: .help)
            }
        }
        try container.encode(hasTrailingComma, forKey: .trailingComma)
    }
}
