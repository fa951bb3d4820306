/// The nested value a keyval argument stands for (`keyval_parse()` followed by `keyval_listify()`).
///
/// Every leaf is a string; QEMU's input visitor converts it to the property's type later.
public indirect enum QEMUKeyvalNode: Hashable, Sendable {
    /// A leaf value.
    case string(String)
    /// An object whose members keep the order in which they were first written.
    case object([(key: String, value: QEMUKeyvalNode)])
    /// A list made from indexed keys `x.0`, `x.1`, ….
    case list([QEMUKeyvalNode])

    /// The member named `key` of an object.
    public subscript(key: String) -> QEMUKeyvalNode? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The element at `index` of a list.
    public subscript(index: Int) -> QEMUKeyvalNode? {
        guard case .list(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The leaf string, if this is a leaf.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public static func == (lhs: QEMUKeyvalNode, rhs: QEMUKeyvalNode) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(value)
        case .list(let elements): hasher.combine(elements)
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }
}

extension QEMUKeyvalNode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let elements = try? container.decode([QEMUKeyvalNode].self) {
            self = .list(elements)
        } else {
            let object = try decoder.container(keyedBy: DynamicCodingKey.self)
            self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(QEMUKeyvalNode.self, forKey: $0)) })
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .list(let elements):
            var container = encoder.singleValueContainer()
            try container.encode(elements)
        case .object(let members):
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            for member in members {
                try container.encode(member.value, forKey: DynamicCodingKey(member.key))
            }
        }
    }
}
