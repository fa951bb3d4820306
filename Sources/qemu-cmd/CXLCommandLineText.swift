import QEMUCommand

/// Lays out a command line as runnable shell text: one option and its argument per line.
enum CXLCommandLineText {
    /// `program \` then `  -option argument \` lines, each word quoted by ``ShellQuoting``.
    static func text(program: String, arguments: [String]) -> String {
        var lines = [ShellQuoting.quoteProgram(program)]
        var index = 0
        while index < arguments.count {
            var line = ShellQuoting.quote(arguments[index])
            if index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
                line += " " + ShellQuoting.quote(arguments[index + 1])
                index += 1
            }
            lines.append("  " + line)
            index += 1
        }
        return lines.joined(separator: " \\\n") + "\n"
    }
}
