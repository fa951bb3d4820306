extension QEMUCommandLine {
    /// Parses shell text holding one QEMU command (environment prefix, program, options).
    ///
    /// - Parameters:
    ///   - shellText: the text, as in a script; `\`-newline continuations and comments are fine.
    ///   - fileName: the name diagnostics use for the text.
    public static func parse(shellText: String, fileName: String = "-") -> QEMUParseResult {
        let source = SourceText(shellText, fileName: fileName)
        let command = ShellCommand(parsing: source)
        var parser = QEMUCommandLineParser(source: source)
        return parser.parse(environment: command.environment, words: command.words, shellDiagnostics: command.diagnostics)
    }

    /// Parses an argv array; `argv[0]` is the program unless it starts with `-`.
    ///
    /// Diagnostics locate words by their argv index in the line field.
    public static func parse(argv: [String]) -> QEMUParseResult {
        let words = argv.enumerated().map { index, value in
            let start = SourceLocation(line: index, column: 1, offset: 0)
            let end = SourceLocation(line: index, column: value.unicodeScalars.count + 1, offset: value.utf8.count)
            return ShellWord(value: value, range: SourceRange(start: start, end: end))
        }
        var parser = QEMUCommandLineParser(source: nil)
        return parser.parse(environment: [], words: words, shellDiagnostics: [])
    }
}
