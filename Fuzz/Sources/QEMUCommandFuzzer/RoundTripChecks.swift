import QEMUCommand

/// The properties every input must satisfy: parsers never crash, parsed trees print back
/// byte-identically, printed trees parse to the same tree, and diagnostics point inside the input.
enum RoundTripChecks {
    /// Runs every check on one input.
    static func run(_ text: String) {
        checkShellWords(text)
        for impliedKey in [nil, "driver"] {
            checkQEMUOpts(text, impliedKey: impliedKey)
            checkKeyval(text, impliedKey: impliedKey)
        }
    }

    /// Shell text → words → quoted words → the same argv and environment.
    static func checkShellWords(_ text: String) {
        let command = ShellCommand(parsing: SourceText(text, fileName: "fuzz"))
        requireInside(command.diagnostics, length: text.utf8.count, input: text)
        guard !command.diagnostics.contains(where: { $0.severity == .error }) else { return }
        var printed = command.environment.map { ShellQuoting.quote($0) }
        if let program = command.argv.first {
            printed.append(ShellQuoting.quoteProgram(program))
            printed += command.argv.dropFirst().map { ShellQuoting.quote($0) }
        }
        let reparsed = ShellCommand(parsing: SourceText(printed.joined(separator: " "), fileName: "printed"))
        require(reparsed.argv == command.argv, "quoted argv re-parses to a different argv", input: text)
        require(reparsed.environment == command.environment, "quoted environment re-parses differently", input: text)
    }

    /// QemuOpts: lossless print, stable re-parse, canonical form keeps every setting.
    static func checkQEMUOpts(_ text: String, impliedKey: String?) {
        let argument = QEMUOptsArgument(parsing: text, impliedKey: impliedKey)
        require(argument.text == text, "QemuOpts text is not byte-identical", input: text)
        let canonical = QEMUOptsArgument(parsing: argument.canonicalText, impliedKey: impliedKey)
        require(
            canonical.settings.map(Setting.init) == argument.settings.map(Setting.init),
            "QemuOpts canonical text changes the settings", input: text)
    }

    /// keyval: lossless print and stable re-parse when accepted, a diagnostic inside the text when not.
    static func checkKeyval(_ text: String, impliedKey: String?) {
        do {
            let argument = try QEMUKeyvalArgument(parsing: text, impliedKey: impliedKey)
            require(argument.text == text, "keyval text is not byte-identical", input: text)
            let reparsed = try QEMUKeyvalArgument(parsing: argument.text, impliedKey: impliedKey)
            require(reparsed == argument, "keyval text re-parses to a different tree", input: text)
        } catch {
            requireInside([error], length: text.utf8.count, input: text)
        }
    }

    /// Every diagnostic's range lies within the input.
    static func requireInside(_ diagnostics: [Diagnostic], length: Int, input: String) {
        for diagnostic in diagnostics {
            let range = diagnostic.range
            require(
                0 <= range.start.offset && range.start.offset <= range.end.offset && range.end.offset <= length,
                "diagnostic '\(diagnostic.message)' at \(range.start.offset)..<\(range.end.offset) lies outside the input",
                input: input)
        }
    }
}

/// A key and value pair that can be compared (tuples are not `Equatable` inside arrays).
struct Setting: Equatable {
    var key: String
    var value: String

    init(_ pair: (key: String, value: String)) {
        key = pair.key
        value = pair.value
    }
}
