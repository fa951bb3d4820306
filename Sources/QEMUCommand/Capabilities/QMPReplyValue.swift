/// A JSON value exchanged with QMP, as recorded in a transcript or received from a live QEMU.
public indirect enum QMPReplyValue: Hashable, Sendable {
    /// `null`
    case null
    /// `true` or `false`
    case bool(Bool)
    /// Any number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([QMPReplyValue])
    /// An object.
    case object([String: QMPReplyValue])

    /// The string, when this value is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The boolean, when this value is one.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number as an integer, when this value is an integral number.
    public var int: Int? {
        if case .number(let value) = self, let exact = Int(exactly: value) { return exact }
        return nil
    }

    /// The elements, when this value is an array (empty otherwise).
    public var elements: [QMPReplyValue] {
        if case .array(let value) = self { return value }
        return []
    }

    /// The member named `key`, when this value is an object that has it.
    public subscript(key: String) -> QMPReplyValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

extension QMPReplyValue: Codable {
    /// Reads any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([QMPReplyValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: QMPReplyValue].self))
        }
    }

    /// Writes the value as JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if let exact = Int64(exactly: value) { try container.encode(exact) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
