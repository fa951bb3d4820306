extension QEMUID {
    /// Checks `text` against QEMU's identifier rule `[A-Za-z][A-Za-z0-9._-]*` (`id_wellformed()`
    /// in util/id.c) and wraps it.
    ///
    /// - Throws: a diagnostic saying what QEMU expects.
    public init(validating text: String) throws(Diagnostic) {
        self.init(text)
        guard isWellFormed else {
            throw .argumentError(
                "'\(text)' is not a QEMU identifier", at: 0, rule: "value.id",
                fix: "start with a letter and use only letters, digits, '.', '_' and '-'")
        }
    }

    /// Whether QEMU accepts the identifier for `id=`.
    public var isWellFormed: Bool {
        guard let first = rawValue.unicodeScalars.first, Self.isLetter(first) else { return false }
        return rawValue.unicodeScalars.allSatisfy { Self.isLetter($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
