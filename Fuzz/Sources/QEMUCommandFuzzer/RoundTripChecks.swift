import QEMUCommand

/// The properties every input must satisfy: parsers never crash, parsed trees print back
/// byte-identically, printed trees parse to the same tree, and diagnostics point inside the input.
enum RoundTripChecks {
    /// Runs every check on one input.
    static func run(_ text: String) {
        checkCommandLine(text)
        for impliedKey in [nil, "driver"] {
            ArgumentSyntaxChecks.checkQEMUOpts(text, impliedKey: impliedKey)
            ArgumentSyntaxChecks.checkKeyval(text, impliedKey: impliedKey)
        }
        ArgumentSyntaxChecks.checkJSON(text)
        ArgumentSyntaxChecks.checkOneOffSyntaxes(text)
        ValueChecks.checkSize(text)
        ValueChecks.checkInteger(text)
        ValueChecks.checkBool(text)
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
