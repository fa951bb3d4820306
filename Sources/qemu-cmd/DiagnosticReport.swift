import QEMUCommand

/// Prints a parse result's diagnostics to standard error and tells whether any was an error.
enum DiagnosticReport {
    /// Prints every diagnostic of `result` for `input`; returns true when one is an error.
    @discardableResult
    static func print(_ result: QEMUParseResult, input: InputFile) -> Bool {
        let renderer = DiagnosticRenderer(usesColor: Terminal.stderrUsesColor)
        for diagnostic in result.diagnostics {
            Terminal.writeError(renderer.render(diagnostic, source: result.source, fileName: input.name))
        }
        return result.hasErrors
    }
}
