/// The identifier of a device, object, backend or node (`id=`, `node-name=`), used to refer to it
/// from other options (`netdev=net0`, `memdev=mem0`).
public struct QEMUID: Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The identifier text.
    public var rawValue: String

    /// An identifier with the given text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// An identifier written as a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes the identifier from a string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: QEMUID, rhs: QEMUID) -> Bool { lhs.rawValue < rhs.rawValue }
}
