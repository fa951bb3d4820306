import Foundation

/// Lays out a command line as runnable shell text: one option and its argument per line.
enum CXLCommandLineText {
    /// `program \` then `  -option argument \` lines; words are quoted only when needed.
    static func text(program: String, arguments: [String]) -> String {
        var lines = [quote(program)]
        var index = 0
        while index < arguments.count {
            var line = quote(arguments[index])
            if index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
                line += " " + quote(arguments[index + 1])
                index += 1
            }
            lines.append("  " + line)
            index += 1
        }
        return lines.joined(separator: " \\\n") + "\n"
    }

    /// A POSIX shell word: unchanged when it holds only safe characters, else single-quoted.
    static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./,=:+@%".unicodeScalars.contains(scalar))
        }
        if safe, !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
