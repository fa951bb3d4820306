/// A JSON number as written: `-12`, `0.5`, `1e3`. The text is kept so printing never changes it.
public struct JSONNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The number's spelling, valid RFC 8259 number syntax; for a parsed number, a slice of the argument.
    let spelling: TextSlice

    /// Wraps `text` when it is a valid JSON number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`).
    public init?(_ text: String) {
        var copy = text
        let isValid = copy.withUTF8 { bytes in
            guard !bytes.isEmpty, let end = try? JSONParser.scanNumber(bytes, from: 0) else { return false }
            return end == bytes.count
        }
        guard isValid else { return nil }
        self.spelling = TextSlice(text)
    }

    /// The number written in decimal.
    public init(_ value: Int64) { spelling = TextSlice(String(value)) }

    /// The number written in decimal.
    public init(_ value: UInt64) { spelling = TextSlice(String(value)) }

    /// The number in Swift's shortest round-tripping spelling (`0.5`, `3.0`, `1e+20`); `nil` for infinities and NaN.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        spelling = TextSlice("\(value)")
    }

    init(validatedSpelling: TextSlice) { spelling = validatedSpelling }

    /// The number's spelling, valid RFC 8259 number syntax.
    public var text: String { spelling.string }

    /// The value as a signed integer, when it is one that fits (how QEMU reads integers).
    public var int64Value: Int64? { Int64(text) }

    /// The value as an unsigned integer, when it is one that fits.
    public var uint64Value: UInt64? { UInt64(text) }

    /// The value as a floating-point number.
    public var doubleValue: Double? { Double(text) }

    /// The spelling.
    public var description: String { text }

    /// Decodes a JSON number (integers exactly, others through `Double`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int64.self) {
            self.init(value)
        } else if let value = try? container.decode(UInt64.self) {
            self.init(value)
        } else if let value = JSONNumber(try container.decode(Double.self)) {
            self = value
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "JSON numbers are finite")
        }
    }

    /// Encodes the number as an integer when it is one, else as a `Double`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = int64Value {
            try container.encode(value)
        } else if let value = uint64Value {
            try container.encode(value)
        } else {
            try container.encode(doubleValue ?? 0)
        }
    }
}
