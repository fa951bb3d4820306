/// Where QEMU's console output goes besides `consoleText` and the console log.
public enum QEMUConsoleMode: String, Hashable, Sendable, Codable {
    /// Captured only: nothing reaches the terminal.
    case capture
    /// Also shown on the terminal: serial output on standard output, QEMU's own messages on standard
    /// error, and standard input typed into the serial console.
    case passthrough
}
