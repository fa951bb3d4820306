/// A JSON value as QEMU reads it: objects keep their members in the order written.
///
/// ``text`` prints the canonical compact form (no whitespace, double-quoted strings escaped by
/// ``JSONEscaping``, numbers as written). ``JSONArgument`` keeps the exact spelling instead.
public enum JSONValue: Hashable, Sendable {
    /// `{"driver":"virtio-rng-pci","id":"r0"}`: members in the order written.
    case object([(key: String, value: JSONValue)])
    /// `[1,2]`.
    case array([JSONValue])
    /// `"r0"` or `'r0'`: the decoded string.
    case string(String)
    /// `1234`, `-0.5`: the number with its spelling.
    case number(JSONNumber)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// Parses `text` as one JSON value in QEMU's dialect (single-quoted strings and `\'` allowed).
    public init(parsing text: String) throws(Diagnostic) {
        self = try JSONArgument(parsing: text).value
    }

    /// The canonical compact JSON text.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Appends the canonical compact JSON text to `output`.
    public func write(to output: inout String) {
        switch self {
        case .object(let members):
            output += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                JSONEscaping.appendQuoted(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .string(let value):
            JSONEscaping.appendQuoted(value, to: &output)
        case .number(let number):
            output += number.text
        case .bool(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// The value of member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The element at `index` of an array.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// Values are equal when they have the same members in the same order, elements, strings,
    /// number spellings and literals.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members):
            hasher.combine(0)
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        case .array(let elements):
            hasher.combine(1)
            hasher.combine(elements)
        case .string(let value):
            hasher.combine(2)
            hasher.combine(value)
        case .number(let number):
            hasher.combine(3)
            hasher.combine(number)
        case .bool(let value):
            hasher.combine(4)
            hasher.combine(value)
        case .null:
            hasher.combine(5)
        }
    }
}

extension JSONValue: Codable {
    /// Decodes any JSON value; object members come in the order the decoder lists its keys.
    ///
    /// A YAML decoder also reads a plain `1` as a string; it is a number when its text is a JSON
    /// number that the decoder reads as a number too (a quoted `'1'` is not, nor is `00:11:22`,
    /// which YAML 1.1 reads as a base-60 number).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = Self.stringOrNumber(value, numberDecodes: (try? container.decode(JSONNumber.self)) != nil)
        } else if let value = try? container.decode(JSONNumber.self) {
            self = .number(value)
        } else if let elements = try? container.decode([JSONValue].self) {
            self = .array(elements)
        } else {
            let object = try decoder.container(keyedBy: DynamicCodingKey.self)
            self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
        }
    }

    private static func stringOrNumber(_ text: String, numberDecodes: Bool) -> JSONValue {
        if numberDecodes, let number = JSONNumber(text) { return .number(number) }
        return .string(text)
    }

    /// Encodes the value as the same JSON value; numbers as integers when they are integers.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            for member in members {
                try container.encode(member.value, forKey: DynamicCodingKey(member.key))
            }
        case .array(let elements):
            var container = encoder.singleValueContainer()
            try container.encode(elements)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let number):
            try number.encode(to: encoder)
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}
