import Foundation
import QEMUCommand

/// The diagnostics of `qemu-cmd check` for every file, printable as text or JSON.
struct CheckReport {
    /// The diagnostics of one file.
    struct FileReport: Encodable {
        var file: String
        var diagnostics: [Entry]
    }

    /// One diagnostic in JSON form.
    struct Entry: Encodable {
        var severity: String
        var message: String
        var rule: String?
        var fix: String?
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
    }

    /// The profile checked against, `VERSION/TARGET`.
    let profile: String
    private(set) var files: [FileReport] = []
    private var rendered: [(file: String, diagnostic: Diagnostic, source: SourceText?)] = []
    /// Number of errors.
    private(set) var errors = 0
    /// Number of warnings.
    private(set) var warnings = 0

    init(profile: String) {
        self.profile = profile
    }

    mutating func add(file: String, diagnostics: [Diagnostic], source: SourceText?) {
        files.append(FileReport(file: file, diagnostics: diagnostics.map { diagnostic in
            Entry(
                severity: diagnostic.severity.rawValue, message: diagnostic.message, rule: diagnostic.ruleID, fix: diagnostic.fix,
                line: diagnostic.range.start.line, column: diagnostic.range.start.column,
                endLine: diagnostic.range.end.line, endColumn: diagnostic.range.end.column)
        }))
        rendered += diagnostics.map { (file, $0, source) }
        errors += diagnostics.filter { $0.severity == .error }.count
        warnings += diagnostics.filter { $0.severity == .warning }.count
    }

    /// Compiler-style text: `FILE:LINE:COL: severity: message [rule]`, the source line and a caret.
    func text(usesColor: Bool) -> String {
        let renderer = DiagnosticRenderer(usesColor: usesColor)
        return rendered.map { renderer.render($0.diagnostic, source: $0.source, fileName: $0.file) }.joined()
    }

    /// `N error(s), M warning(s) against QEMU PROFILE`.
    var summary: String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") against QEMU \(profile)"
    }

    /// The report as JSON.
    func json() throws -> String {
        struct Document: Encodable {
            var profile: String
            var errors: Int
            var warnings: Int
            var files: [FileReport]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(profile: profile, errors: errors, warnings: warnings, files: files))
        return String(decoding: data, as: UTF8.self)
    }
}
