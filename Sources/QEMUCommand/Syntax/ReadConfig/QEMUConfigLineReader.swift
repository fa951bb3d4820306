/// Reads one line of a `-readconfig` file the way `qemu_config_foreach()` does with `sscanf()`.
///
/// QEMU accepts some lines it then misreads (`key="v"` becomes the key `key="v"` with an empty
/// value, a long key is cut at 63 bytes); those are reported as errors here, with the fix.
struct QEMUConfigLineReader {
    /// `fgets()` reads into a 1024-byte buffer, so a line holds at most 1023 bytes with its newline.
    static let maximumLineLength = 1022
    /// `%63s` and `%63[^"]` keep at most 63 bytes.
    static let maximumNameLength = 63

    private let bytes: [UInt8]
    private var index = 0

    init(_ line: String) {
        bytes = Array(line.utf8)
    }

    /// The meaning of the line, or an error positioned by its byte offset in the line.
    mutating func read() throws(QEMUConfigLineError) -> QEMUConfigLineKind {
        if bytes.count > Self.maximumLineLength {
            throw QEMUConfigLineError(
                offset: Self.maximumLineLength, message: "line is longer than 1023 bytes: QEMU reads it in pieces",
                fix: "shorten the value, or keep this option on the command line")
        }
        if bytes.isEmpty { return .blank }
        if bytes[0] == UInt8(ascii: "#") { return .comment }
        if bytes[0] == UInt8(ascii: "["), let header = try readHeader() { return header }
        return try readEntry()
    }

    /// `[%63s "%63[^"]"]`, then `[%63[^]]]`; `nil` when neither matches (QEMU then tries an entry).
    private mutating func readHeader() throws(QEMUConfigLineError) -> QEMUConfigLineKind? {
        index = 1
        skipWhitespace()
        let groupStart = index
        let group = readWhile { !Self.isWhitespace($0) }
        skipWhitespace()
        if !group.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            let idStart = index
            let id = readWhile { $0 != UInt8(ascii: "\"") }
            if !id.isEmpty {
                try checkLength(group, at: groupStart, what: "group name")
                try checkLength(id, at: idStart, what: "id")
                try expectHeaderEnd(closing: "\"]")
                return .section(group: group, id: id)
            }
        }
        index = 1
        let name = readWhile { $0 != UInt8(ascii: "]") }
        guard !name.isEmpty else { return nil }
        try checkLength(name, at: 1, what: "group name")
        try expectHeaderEnd(closing: "]")
        return .section(group: name, id: nil)
    }

    /// The header must end with `closing` and nothing after it (QEMU ignores the rest silently).
    private func expectHeaderEnd(closing: String) throws(QEMUConfigLineError) {
        let rest = Array(bytes[index...])
        let expected = Array(closing.utf8)
        guard rest == expected else {
            throw QEMUConfigLineError(
                offset: rest.starts(with: expected) ? index + expected.count : index, message: "a section header ends with '\(closing)' and nothing after it",
                fix: "write [group] or [group \"id\"] alone on the line")
        }
    }

    /// ` %63s = "%1023[^"]"` or ` %63s = ""`.
    private mutating func readEntry() throws(QEMUConfigLineError) -> QEMUConfigLineKind {
        index = 0
        skipWhitespace()
        guard index < bytes.count else {
            throw QEMUConfigLineError(
                offset: 0, message: "a line of only blanks is a parse error for QEMU",
                fix: "make the line empty, or start it with '#'")
        }
        let keyStart = index
        let key = readWhile { !Self.isWhitespace($0) }
        if let equals = key.utf8.firstIndex(of: UInt8(ascii: "=")) {
            let offset = keyStart + key.utf8.distance(from: key.utf8.startIndex, to: equals)
            throw QEMUConfigLineError(
                offset: offset, message: "QEMU reads '\(key)' as one key with an empty value",
                fix: "put blanks around '=': key = \"value\"")
        }
        try checkLength(key, at: keyStart, what: "key")
        skipWhitespace()
        try expect(UInt8(ascii: "="), "expected '=' after the key '\(key)'")
        skipWhitespace()
        try expect(UInt8(ascii: "\""), "expected '\"' to start the value: values are always quoted")
        let value = readWhile { $0 != UInt8(ascii: "\"") }
        try expect(UInt8(ascii: "\""), "the value has no closing '\"' (values cannot hold '\"')")
        skipWhitespace()
        guard index == bytes.count else {
            throw QEMUConfigLineError(
                offset: index, message: "text after the closing '\"' is ignored by QEMU",
                fix: "a value cannot hold '\"'; keep such an option on the command line")
        }
        return .entry(key: key, value: value)
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(QEMUConfigLineError) {
        guard index < bytes.count, bytes[index] == byte else {
            throw QEMUConfigLineError(offset: index, message: message, fix: "write key = \"value\"")
        }
        index += 1
    }

    private func checkLength(_ name: String, at offset: Int, what: String) throws(QEMUConfigLineError) {
        guard name.utf8.count <= Self.maximumNameLength else {
            throw QEMUConfigLineError(
                offset: offset + Self.maximumNameLength, message: "the \(what) is longer than 63 bytes: QEMU cuts it",
                fix: "use a name of at most 63 bytes")
        }
    }

    private mutating func readWhile(_ predicate: (UInt8) -> Bool) -> String {
        let start = index
        while index < bytes.count, predicate(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
    }

    /// `isspace()` in the C locale.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

/// A problem in one `-readconfig` line, at a byte offset of that line.
struct QEMUConfigLineError: Error {
    var offset: Int
    var message: String
    var fix: String
}
