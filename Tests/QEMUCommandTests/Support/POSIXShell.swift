import Foundation

/// Splits shell text with the real `/bin/sh`, the reference a word-splitting test compares with.
enum POSIXShell {
    /// The words `/bin/sh` makes of `text` (environment assignments included, as plain words),
    /// with globbing off and nothing executed: the text is evaluated as arguments of a function
    /// that prints them NUL-terminated.
    static func words(of text: String) throws -> [String] {
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-sh-\(UUID().uuidString)")
        try text.write(to: body, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: body) }
        let program = """
            set -f
            printargs() { for a in "$@"; do printf '%s\\0' "$a"; done; }
            text=$(cat "$1"; printf x)
            text=${text%x}
            eval "printargs $text"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", program, "sh", body.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var words = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if words.last == "" { words.removeLast() }
        return words
    }
}
