/// The one place where words are quoted for a POSIX shell.
public enum ShellQuoting {
    /// Quotes `word` only when a shell would otherwise change it: single quotes around the word,
    /// with `'\''` for each embedded single quote. An empty word becomes `''`.
    public static func quote(_ word: String) -> String {
        if word.isEmpty { return "''" }
        if word.utf8.allSatisfy(isSafe) { return word }
        return singleQuoted(word)
    }

    /// `'word'` with `'\''` for each embedded `'`. Works on Unicode scalars: a `'` followed by a
    /// combining mark is one `Character`, but the shell still sees the quote.
    static func singleQuoted(_ word: String) -> String {
        var quoted = "'"
        for scalar in word.unicodeScalars {
            if scalar == "'" {
                quoted += "'\\''"
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "'"
    }

    /// Quotes an environment assignment's value, keeping `NAME=` bare.
    public static func quote(_ assignment: EnvironmentAssignment) -> String {
        assignment.name + "=" + (assignment.value.isEmpty ? "" : quote(assignment.value))
    }

    /// Bytes a shell passes through unchanged anywhere in a word.
    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ","),
             UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "%"):
            true
        default:
            false
        }
    }
}

extension ShellQuoting {
    /// Quotes the program word: like ``quote(_:)``, but a word a shell would read as a
    /// `NAME=value` assignment is quoted too.
    public static func quoteProgram(_ word: String) -> String {
        if let equals = word.firstIndex(of: "="), EnvironmentAssignment.isValidName(word[..<equals]) {
            return singleQuoted(word)
        }
        return quote(word)
    }
}
