/// A serial number in a topology description: written `0x1a`, `26` or as a YAML/JSON integer.
public struct CXLSerialNumber: Hashable, Sendable, Codable, ExpressibleByIntegerLiteral {
    /// The serial number.
    public var value: UInt64

    /// Creates a serial number.
    public init(_ value: UInt64) { self.value = value }

    /// Creates a serial number from an integer literal.
    public init(integerLiteral value: UInt64) { self.value = value }

    /// Reads `0x1a` or `26`; `nil` otherwise.
    public init?(text: String) {
        let parsed = text.hasPrefix("0x") || text.hasPrefix("0X") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let parsed else { return nil }
        value = parsed
    }

    /// Reads an integer or a decimal or `0x` hexadecimal string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(UInt64.self) {
            self.value = value
            return
        }
        let text = try container.decode(String.self)
        guard let serial = CXLSerialNumber(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a serial number; write it like 0x1a or 26")
        }
        self = serial
    }

    /// Writes `0x1a`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("0x" + String(value, radix: 16))
    }
}
