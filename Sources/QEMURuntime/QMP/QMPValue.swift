import Foundation

/// An untyped JSON value as QMP sends and receives it.
public enum QMPValue: Hashable, Sendable {
    /// `null`
    case null
    /// `true` or `false`
    case bool(Bool)
    /// An integer that fits in 64 signed bits, e.g. `-15`.
    case int(Int64)
    /// An unsigned integer above `Int64.max`, e.g. `18446744073709551615`.
    case uint(UInt64)
    /// A number with a fraction or exponent, e.g. `0.5`.
    case double(Double)
    /// A string, e.g. `"running"`.
    case string(String)
    /// An array, e.g. `[1, 2]`.
    case array([QMPValue])
    /// An object, e.g. `{"driver": "virtio-rng-pci"}`.
    case object(QMPObject)
}

/// A JSON object of QMP values, as used for command arguments and event data.
public typealias QMPObject = [String: QMPValue]

extension QMPValue {
    /// The string, when this value is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The boolean, when this value is a boolean.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The integer, when this value is an integer that fits in `Int64`.
    public var intValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The elements, when this value is an array.
    public var arrayValue: [QMPValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members, when this value is an object.
    public var objectValue: QMPObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member named `key`, when this value is an object that has it.
    public subscript(key: String) -> QMPValue? {
        objectValue?[key]
    }
}

extension QMPValue: Codable {
    /// Reads any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? container.decode(UInt64.self) {
            self = .uint(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([QMPValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode(QMPObject.self))
        }
    }

    /// Writes this value as JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .uint(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension QMPValue {
    /// Parses one JSON text.
    public init(jsonData: Data) throws {
        self = try QMPValue(foundationObject: JSONSerialization.jsonObject(with: jsonData, options: [.fragmentsAllowed]))
    }

    /// Converts the result of `JSONSerialization` into a QMP value.
    init(foundationObject object: Any) throws {
        switch object {
        case let string as String: self = .string(string)
        case let number as NSNumber: self = QMPValue(number: number)
        case let array as [Any]: self = .array(try array.map(QMPValue.init(foundationObject:)))
        case let dictionary as [String: Any]: self = .object(try dictionary.mapValues(QMPValue.init(foundationObject:)))
        case is NSNull: self = .null
        default: throw QMPError.malformedMessage("unsupported JSON value \(object)")
        }
    }

    /// Classifies a parsed number by its storage type (`c` is how Foundation stores JSON booleans).
    private init(number: NSNumber) {
        switch String(cString: number.objCType) {
        case "c", "B": self = .bool(number.boolValue)
        case "d", "f": self = .double(number.doubleValue)
        case "Q": self = number.uint64Value > UInt64(Int64.max) ? .uint(number.uint64Value) : .int(number.int64Value)
        default: self = .int(number.int64Value)
        }
    }

    /// The `JSONSerialization` form of this value.
    var foundationObject: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let value): return value
        case .int(let value): return NSNumber(value: value)
        case .uint(let value): return NSNumber(value: value)
        case .double(let value): return NSNumber(value: value)
        case .string(let value): return value
        case .array(let value): return value.map(\.foundationObject)
        case .object(let value): return value.mapValues(\.foundationObject)
        }
    }

    /// Converts any `Encodable` value (typed command arguments) into a QMP value.
    public init(encoding value: some Encodable) throws {
        self = try QMPValue(jsonData: JSONEncoder().encode(value))
    }

    /// This value as JSON text with sorted keys, compact unless `prettyPrinted`.
    public func jsonData(prettyPrinted: Bool = false) throws -> Data {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]
        if prettyPrinted { options.insert(.prettyPrinted) }
        return try JSONSerialization.data(withJSONObject: foundationObject, options: options)
    }

    /// Decodes this value as a typed reply such as `QMPVersion`.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: jsonData())
    }
}

extension QMPValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    /// `"text"`
    public init(stringLiteral value: String) { self = .string(value) }
    /// `42`
    public init(integerLiteral value: Int64) { self = .int(value) }
    /// `true`
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `[1, "a"]`
    public init(arrayLiteral elements: QMPValue...) { self = .array(elements) }
    /// `["key": 1]`
    public init(dictionaryLiteral elements: (String, QMPValue)...) {
        self = .object(QMPObject(elements, uniquingKeysWith: { _, last in last }))
    }
    /// `nil`
    public init(nilLiteral: ()) { self = .null }
    /// `0.5`
    public init(floatLiteral value: Double) { self = .double(value) }
}
