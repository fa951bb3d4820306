import QEMUCommand

/// The properties every input must satisfy: parsers never crash, parsed trees print back
/// byte-identically, printed trees parse to the same tree, and diagnostics point inside the input.
enum RoundTripChecks {
    /// Runs every check on one input.
    static func run(_ text: String) {
        checkCommandLine(text)
        for impliedKey in [nil, "driver"] {
            checkQEMUOpts(text, impliedKey: impliedKey)
            checkKeyval(text, impliedKey: impliedKey)
        }
    }

    /// Shell text → command line: diagnostics inside the text, every argument tree printing back
    /// byte-identically, and both printed layouts (`fmt`'s and one line) parsing to the same line.
    static func checkCommandLine(_ text: String) {
        let result = QEMUCommandLine.parse(shellText: text, fileName: "fuzz")
        requireInside(result.diagnostics, length: text.utf8.count, input: text)
        for option in result.commandLine.options {
            guard let argument = option.argument, let tree = argument.syntax else { continue }
            require(tree.text == argument.text, "-\(option.name) argument tree is not byte-identical", input: text)
        }
        for printed in [
            QEMUCommandLineFormatter.canonical(result.commandLine),
            QEMUCommandLineFormatter.singleLine(result.commandLine),
        ] {
            let reparsed = QEMUCommandLine.parse(shellText: printed, fileName: "printed").commandLine
            require(reparsed.argv == result.commandLine.argv, "printed command line has another argv", input: text)
            require(reparsed.environment == result.commandLine.environment, "printed environment differs", input: text)
            require(reparsed == result.commandLine, "printed command line parses to another tree", input: text)
        }
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
