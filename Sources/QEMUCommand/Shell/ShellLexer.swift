/// Splits shell text into the words of one simple command (POSIX Shell Command Language §2.2–2.3).
///
/// Handles single and double quotes, backslash escapes, backslash-newline continuations, `#`
/// comments and leading `NAME=value` assignments. Expansions (`$VAR`, `$(…)`, backquotes, `~`) are
/// not performed: they stay literal and get a warning. Shell operators and a second command are
/// errors, because a QEMU command line is one simple command.
struct ShellLexer {
    private let source: SourceText
    private let bytes: [UInt8]
    private var index = 0
    private var diagnostics: [Diagnostic] = []
    private var words: [ShellWord] = []
    private var rawStarts: [Int] = []
    /// The 0-based line of the last word boundary located; words come in source order.
    private var lineHint = 0

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        // Generous for command lines (one word per ~30 bytes): the arrays rarely grow.
        let expectedWords = bytes.count / 16 + 8
        words.reserveCapacity(expectedWords)
        rawStarts.reserveCapacity(expectedWords)
    }

    mutating func run() -> ShellCommand {
        var sawNewlineAfterWords = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.space || byte == Self.tab {
                index += 1
            } else if byte == Self.newline {
                if !words.isEmpty { sawNewlineAfterWords = true }
                index += 1
            } else if byte == Self.backslash, index + 1 < bytes.count, bytes[index + 1] == Self.newline {
                index += 2
            } else if byte == UInt8(ascii: "#") {
                skipComment()
            } else if sawNewlineAfterWords {
                reportSecondCommand()
                break
            } else if Self.isOperator(byte) {
                reportOperator()
                break
            } else if !readWord() {
                break
            }
        }
        return assemble()
    }

    private mutating func skipComment() {
        while index < bytes.count, bytes[index] != Self.newline { index += 1 }
    }

    /// Reads one word; returns false when an error stops splitting.
    private mutating func readWord() -> Bool {
        var builder = WordBuilder(start: index)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.space || byte == Self.tab || byte == Self.newline || Self.isOperator(byte) { break }
            let ok: Bool
            switch byte {
            case UInt8(ascii: "'"): ok = readSingleQuoted(into: &builder)
            case UInt8(ascii: "\""): ok = readDoubleQuoted(into: &builder)
            case Self.backslash: ok = readEscape(into: &builder)
            case UInt8(ascii: "$"), UInt8(ascii: "`"): ok = readExpansion(into: &builder)
            case UInt8(ascii: "~") where index == builder.start:
                warn("'~' is not expanded: qemu-cmd keeps it as written", at: index, rule: "shell.tilde-not-expanded",
                     fix: "write the full path instead of '~'")
                builder.append(byteAt: index, in: bytes)
                index += 1
                ok = true
            default:
                readPlainRun(into: &builder)
                ok = true
            }
            if !ok { return false }
        }
        let range = SourceRange(
            start: source.location(ofOffset: builder.start, lineHint: &lineHint),
            end: source.location(ofOffset: index, lineHint: &lineHint))
        words.append(builder.word(range: range, source: bytes))
        rawStarts.append(builder.start)
        return true
    }

    /// Appends the unquoted bytes up to the next byte that ends the word or needs a rule of its own.
    private mutating func readPlainRun(into builder: inout WordBuilder) {
        let start = index
        index += 1
        while index < bytes.count, !Self.endsPlainRun(bytes[index]) {
            index += 1
        }
        builder.append(contentsOf: start..<index, in: bytes)
    }

    private mutating func readSingleQuoted(into builder: inout WordBuilder) -> Bool {
        let open = index
        index += 1
        let start = index
        index = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: UInt8(ascii: "'"), in: $0, from: start) }
        builder.append(contentsOf: start..<index, in: bytes)
        guard index < bytes.count else {
            fail("unterminated single quote", at: open, rule: "shell.unterminated-quote",
                 fix: "add the closing ' (inside single quotes write '\\'' for a quote)")
            return false
        }
        index += 1
        return true
    }

    private mutating func readDoubleQuoted(into builder: inout WordBuilder) -> Bool {
        let open = index
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            let byte = bytes[index]
            if byte == Self.backslash, index + 1 < bytes.count, Self.isDoubleQuoteEscapable(bytes[index + 1]) {
                if bytes[index + 1] != Self.newline { builder.append(byteAt: index + 1, in: bytes) }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "`") {
                warnExpansion(at: index)
            }
            builder.append(byteAt: index, in: bytes)
            index += 1
        }
        guard index < bytes.count else {
            fail("unterminated double quote", at: open, rule: "shell.unterminated-quote", fix: "add the closing \"")
            return false
        }
        index += 1
        return true
    }

    private mutating func readEscape(into builder: inout WordBuilder) -> Bool {
        guard index + 1 < bytes.count else {
            fail("backslash at the end of the input escapes nothing", at: index, rule: "shell.dangling-backslash",
                 fix: "remove the trailing '\\' or add the line it continues")
            return false
        }
        if bytes[index + 1] != Self.newline { builder.append(byteAt: index + 1, in: bytes) }
        index += 2
        return true
    }

    /// `$VAR`, `${…}`, `$(…)` and backquotes are kept literally, with a warning.
    private mutating func readExpansion(into builder: inout WordBuilder) -> Bool {
        warnExpansion(at: index)
        let open = index
        let closing: UInt8?
        if bytes[index] == UInt8(ascii: "`") {
            closing = UInt8(ascii: "`")
            builder.append(byteAt: index, in: bytes)
            index += 1
        } else if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") || bytes[index + 1] == UInt8(ascii: "{") {
            closing = bytes[index + 1] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
            builder.append(byteAt: index, in: bytes)
            builder.append(byteAt: index + 1, in: bytes)
            index += 2
        } else {
            closing = nil
            builder.append(byteAt: index, in: bytes)
            index += 1
        }
        guard let closing else { return true }
        let opening = bytes[index - 1]
        var depth = 1
        while index < bytes.count {
            let byte = bytes[index]
            builder.append(byteAt: index, in: bytes)
            index += 1
            if byte == closing {
                depth -= 1
                if depth == 0 { return true }
            } else if byte == opening {
                depth += 1
            }
        }
        fail("unterminated expansion", at: open, rule: "shell.unterminated-expansion",
             fix: "close it with '\(Character(Unicode.Scalar(closing)))', or quote the '$' as '\\$'")
        return false
    }

    private mutating func warnExpansion(at offset: Int) {
        warn("shell expansion is not performed: qemu-cmd keeps '\(expansionText(at: offset))' as written",
             at: offset, rule: "shell.expansion-not-performed",
             fix: "replace it with its value, or quote it with single quotes if the '$' is meant literally")
    }

    private func expansionText(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, end - offset < 24, !Self.isWordBreak(bytes[end]) { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    private mutating func reportOperator() {
        let text = String(decoding: [bytes[index]], as: UTF8.self)
        fail("shell operator '\(text)' is not part of a QEMU command line", at: index, rule: "shell.operator",
             fix: "quote it ('\(text)') if it belongs to an argument, or remove redirections, pipes and '&'")
    }

    private mutating func reportSecondCommand() {
        let line = source.location(ofOffset: index).line
        fail("a second command starts here: the line before it does not end with '\\'", at: index,
             rule: "shell.second-command", fix: "add ' \\' at the end of line \(line - 1) to continue the command")
    }

    private mutating func fail(_ message: String, at offset: Int, rule: String, fix: String) {
        diagnostics.append(.error(message, at: source.location(ofOffset: offset), rule: rule, fix: fix))
    }

    private mutating func warn(_ message: String, at offset: Int, rule: String, fix: String) {
        diagnostics.append(.warning(message, at: source.location(ofOffset: offset), rule: rule, fix: fix))
    }

    /// Splits the leading `NAME=value` words off as environment assignments.
    private mutating func assemble() -> ShellCommand {
        var environment: [EnvironmentAssignment] = []
        var position = 0
        while position < words.count,
              let assignment = Self.assignment(value: words[position].value, rawStart: rawStarts[position], in: bytes) {
            environment.append(assignment)
            position += 1
        }
        let environmentWords = Array(words[0..<position])
        words.removeSubrange(0..<position)
        return ShellCommand(
            environment: environment, environmentWords: environmentWords, words: words, diagnostics: diagnostics)
    }

    /// The assignment a word with this value is, when its source (from `rawStart` in `bytes`)
    /// starts with an unquoted valid name and `=`.
    private static func assignment(value: String, rawStart: Int, in bytes: [UInt8]) -> EnvironmentAssignment? {
        var end = rawStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "="), !isWordBreak(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "="), end > rawStart else { return nil }
        guard EnvironmentAssignment.isValidName(utf8: bytes[rawStart..<end]) else { return nil }
        let name = String(decoding: bytes[rawStart..<end], as: UTF8.self)
        return EnvironmentAssignment(name: name, value: String(decoding: value.utf8.dropFirst(end - rawStart + 1), as: UTF8.self))
    }

    private static func isOperator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default:
            false
        }
    }

    private static func isWordBreak(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
            || byte == backslash || isOperator(byte)
    }

    /// ``isWordBreak(_:)`` or a byte that starts an expansion (`$`, `` ` ``): bit `b` of
    /// `plainRunEndsLow` (bytes 0–63) or of `plainRunEndsHigh` (bytes 64–127) is set for such a byte.
    private static func endsPlainRun(_ byte: UInt8) -> Bool {
        if byte < 64 { return (plainRunEndsLow >> UInt64(byte)) & 1 != 0 }
        if byte < 128 { return (plainRunEndsHigh >> UInt64(byte - 64)) & 1 != 0 }
        return false
    }

    /// Tab, newline, space, `"`, `$`, `&`, `'`, `(`, `)`, `;`, `<`, `>`.
    private static let plainRunEndsLow: UInt64 = 0x5800_03D5_0000_0600
    /// `\`, `` ` ``, `|`.
    private static let plainRunEndsHigh: UInt64 = 0x1000_0001_1000_0000

    /// Inside double quotes a backslash escapes only `$`, `` ` ``, `"`, `\` and newline.
    private static func isDoubleQuoteEscapable(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "$") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "\"") || byte == backslash
            || byte == newline
    }

    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let backslash = UInt8(ascii: "\\")
}
