/// A problem found in a command line: where it is, what is wrong, and how to fix it.
///
/// Syntax parsers produce diagnostics whose `range` is relative to the text they were given (an
/// option argument, say); ``relocated(by:)`` moves them into the coordinates of an enclosing text.
public struct Diagnostic: Hashable, Sendable, Codable, Error, CustomStringConvertible {
    /// How serious the problem is.
    public var severity: DiagnosticSeverity
    /// What is wrong, in one sentence.
    public var message: String
    /// Where it is. Offsets are UTF-8 byte offsets.
    public var range: SourceRange
    /// A stable identifier of the rule that found it, such as `shell.unterminated-quote`.
    public var ruleID: String?
    /// How to fix it, when a fix is known.
    public var fix: String?

    /// Creates a diagnostic.
    public init(
        _ severity: DiagnosticSeverity,
        _ message: String,
        at range: SourceRange,
        rule ruleID: String? = nil,
        fix: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.range = range
        self.ruleID = ruleID
        self.fix = fix
    }

    /// Creates an error diagnostic at a single location.
    public static func error(_ message: String, at location: SourceLocation, rule: String? = nil, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: SourceRange(at: location), rule: rule, fix: fix)
    }

    /// Creates a warning diagnostic at a single location.
    public static func warning(_ message: String, at location: SourceLocation, rule: String? = nil, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: SourceRange(at: location), rule: rule, fix: fix)
    }

    /// `LINE:COL: severity: message [rule]`.
    public var description: String {
        var text = "\(range.start): \(severity.rawValue): \(message)"
        if let ruleID { text += " [\(ruleID)]" }
        return text
    }
}
