/// An identifier QEMU accepts for `id=`, `node-name=` and the like: `[A-Za-z][A-Za-z0-9._-]*`
/// (`id_wellformed()` in util/id.c).
public struct QEMUID: Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The identifier text.
    public var rawValue: String

    /// Wraps an identifier written in code; ``isWellFormed`` tells whether QEMU accepts it.
    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// Checks `text` and wraps it.
    ///
    /// - Throws: a diagnostic saying which character QEMU rejects.
    public init(validating text: String) throws(Diagnostic) {
        rawValue = text
        guard isWellFormed else {
            throw .argumentError(
                "'\(text)' is not a QEMU identifier", at: 0, rule: "value.id",
                fix: "start with a letter and use only letters, digits, '.', '_' and '-'")
        }
    }

    /// Whether QEMU accepts the identifier.
    public var isWellFormed: Bool {
        guard let first = rawValue.unicodeScalars.first, first.isASCIILetter else { return false }
        return rawValue.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
