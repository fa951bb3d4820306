/// Prints diagnostics the way compilers do: `FILE:LINE:COL: severity: message [rule]`, then the
/// source line, a caret under the column, and the fix when one is known.
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the severity (only on a terminal, never with `NO_COLOR`).
    public var usesColor: Bool

    /// Creates a renderer.
    public init(usesColor: Bool = false) {
        self.usesColor = usesColor
    }

    /// The text of one diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic, source: SourceText?, fileName: String) -> String {
        let start = diagnostic.range.start
        var text = "\(fileName):\(start.line):\(start.column): \(severity(diagnostic.severity)): \(diagnostic.message)"
        if let rule = diagnostic.ruleID { text += " [\(rule)]" }
        text += "\n"
        if let source {
            let line = source.line(start.line)
            text += line + "\n"
            text += caretPrefix(line: line, column: start.column) + paint("^", code: "32") + "\n"
        }
        if let fix = diagnostic.fix { text += "  fix: \(fix)\n" }
        return text
    }

    /// Keeps tabs so the caret lines up under tab-indented source.
    private func caretPrefix(line: String, column: Int) -> String {
        String(line.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
    }

    private func severity(_ severity: DiagnosticSeverity) -> String {
        switch severity {
        case .error: paint("error", code: "1;31")
        case .warning: paint("warning", code: "1;35")
        case .note: paint("note", code: "1;36")
        }
    }

    private func paint(_ text: String, code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
