import QEMUCommand

/// A size in a topology description: written `256M`, `4G`, `128K` or as a plain byte count.
public struct CXLSize: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The size in bytes.
    public var bytes: UInt64

    /// Creates a size from a byte count.
    public init(bytes: UInt64) { self.bytes = bytes }

    /// Reads `256M`; `nil` when the text is not a size.
    public init?(_ text: String) {
        guard let bytes = (try? QEMUSize(parsing: text))?.bytes else { return nil }
        self.bytes = bytes
    }

    /// Creates a size from a literal known to be valid, such as `"256M"`; an invalid literal is 0 bytes.
    public init(stringLiteral text: String) { self.bytes = (try? QEMUSize(parsing: text))?.bytes ?? 0 }

    /// `256M`.
    public var description: String { QEMUSize(bytes: bytes).text }

    /// Reads a string such as `256M` or a plain integer byte count.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bytes = try? container.decode(UInt64.self) {
            self.bytes = bytes
            return
        }
        let text = try container.decode(String.self)
        guard let bytes = (try? QEMUSize(parsing: text))?.bytes else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a size; write it like 256M, 4G or 131072")
        }
        self.bytes = bytes
    }

    /// Writes the shortest exact text, `256M`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: CXLSize, rhs: CXLSize) -> Bool { lhs.bytes < rhs.bytes }
}
