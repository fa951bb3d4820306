import Foundation

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// Colour only when standard error is a terminal and `NO_COLOR` is not set.
    static var stderrUsesColor: Bool { usesColor(STDERR_FILENO) }

    /// Colour only when standard output is a terminal and `NO_COLOR` is not set.
    static var stdoutUsesColor: Bool { usesColor(STDOUT_FILENO) }

    private static func usesColor(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
    }

    /// Writes to standard error.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes to standard output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
