/// Removes QEMU's own notice about the runtime's console socket ("QEMU waiting for connection on:
/// ...qemu-cmd-console...") from QEMU's standard error, passing every other line through whole.
struct QEMUMessageFilter {
    /// The chardev id whose waiting notice is dropped.
    static let consoleChardevID = "qemu-cmd-console"

    private var partialLine = ""

    /// Returns the complete lines of `text` (with what came before) that are kept; an unfinished
    /// last line waits for the rest.
    mutating func filter(_ text: String) -> String {
        partialLine += text
        guard let lastNewline = partialLine.lastIndex(where: \.isNewline) else { return "" }
        let complete = partialLine[...lastNewline]
        partialLine = String(partialLine[partialLine.index(after: lastNewline)...])
        return complete.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .filter { !Self.isConsoleNotice($0) }
            .map { $0 + "\n" }
            .joined()
    }

    /// What is left at end of file.
    mutating func flush() -> String {
        defer { partialLine = "" }
        return Self.isConsoleNotice(partialLine[...]) ? "" : partialLine
    }

    private static func isConsoleNotice(_ line: Substring) -> Bool {
        line.contains("id=\(consoleChardevID),") && line.contains("QEMU waiting for connection on:")
    }
}
