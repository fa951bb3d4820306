/// Prints a command line as shell text.
///
/// The canonical layout (what `qemu-cmd fmt` writes) puts each environment assignment, the
/// program, and each option with its argument on a line of its own, joined by ` \` continuations.
/// Words are quoted only when a shell needs it (``ShellQuoting``).
public enum QEMUCommandLineFormatter {
    /// The canonical multi-line layout, ending with a newline.
    public static func canonical(_ commandLine: QEMUCommandLine) -> String {
        lines(of: commandLine).joined(separator: " \\\n") + "\n"
    }

    /// The whole command on one line.
    public static func singleLine(_ commandLine: QEMUCommandLine) -> String {
        lines(of: commandLine).joined(separator: " ")
    }

    private static func lines(of commandLine: QEMUCommandLine) -> [String] {
        var lines = commandLine.environment.map(ShellQuoting.quote)
        if let program = commandLine.program { lines.append(ShellQuoting.quoteProgram(program)) }
        for item in commandLine.items {
            lines.append(item.words.map(ShellQuoting.quote).joined(separator: " "))
        }
        return lines
    }
}
