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

    /// The words of each text, split by one `/bin/sh` process for the whole batch.
    static func words(ofEach texts: [String]) throws -> [[String]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-sh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, text) in texts.enumerated() {
            try text.write(to: directory.appendingPathComponent("\(index).sh"), atomically: false, encoding: .utf8)
        }
        let program = """
            set -f
            printargs() { for a in "$@"; do printf '%s\\0' "$a"; done; }
            i=0
            while [ "$i" -lt "$2" ]; do
              text=$(cat "$1/$i.sh"; printf x)
              text=${text%x}
              eval "printargs $text" > "$1/$i.out"
              i=$((i + 1))
            done
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", program, "sh", directory.path, String(texts.count)]
        try process.run()
        process.waitUntilExit()
        return try texts.indices.map { index in
            let data = try Data(contentsOf: directory.appendingPathComponent("\(index).out"))
            var words = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            if words.last == "" { words.removeLast() }
            return words
        }
    }
}
