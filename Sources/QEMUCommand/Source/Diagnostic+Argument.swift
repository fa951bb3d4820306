extension Diagnostic {
    /// An error at a byte offset of a single-line option argument (line 1, column `offset + 1`).
    static func argumentError(_ message: String, at offset: Int, rule: String, fix: String) -> Diagnostic {
        .error(message, at: SourceLocation(line: 1, column: offset + 1, offset: offset), rule: rule, fix: fix)
    }

    /// A warning at a byte offset of a single-line option argument.
    static func argumentWarning(_ message: String, at offset: Int, rule: String, fix: String) -> Diagnostic {
        .warning(message, at: SourceLocation(line: 1, column: offset + 1, offset: offset), rule: rule, fix: fix)
    }
}
