/// A pull reader for the JSON of stored capability profiles (strict RFC 8259 JSON as
/// `JSONEncoder` writes it).
///
/// Profiles are read on every `qemu-cmd check`, and `JSONDecoder` spends milliseconds on the
/// thousands of small containers a profile holds. This reader walks the UTF-8 bytes once and hands
/// each object member, array element, string and boolean to the code that builds the profile, so
/// loading stays well under a millisecond. Errors name the byte offset and what was expected.
struct QEMUProfileJSONReader {
    private let bytes: [UInt8]
    private var position = 0

    /// A reader at the start of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads an object, calling `member` with each key; `member` must read the member's value.
    mutating func readObject(_ member: (inout Self, String) throws(QEMUProfileReadError) -> Void) throws(QEMUProfileReadError) {
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while try continuesList(closedBy: UInt8(ascii: "}"))
    }

    /// Reads an array, calling `element` once per element; `element` must read the element.
    mutating func readArray(_ element: (inout Self) throws(QEMUProfileReadError) -> Void) throws(QEMUProfileReadError) {
        try expect(UInt8(ascii: "["))
        if consume(UInt8(ascii: "]")) { return }
        repeat {
            try element(&self)
        } while try continuesList(closedBy: UInt8(ascii: "]"))
    }

    /// Reads an object whose values `value` reads.
    mutating func readMap<Value>(_ value: (inout Self) throws(QEMUProfileReadError) -> Value) throws(QEMUProfileReadError) -> [String: Value] {
        var result: [String: Value] = [:]
        try readObject { reader, key throws(QEMUProfileReadError) in result[key] = try value(&reader) }
        return result
    }

    /// Reads an array whose elements `element` reads.
    mutating func readList<Element>(_ element: (inout Self) throws(QEMUProfileReadError) -> Element) throws(QEMUProfileReadError) -> [Element] {
        var result: [Element] = []
        try readArray { reader throws(QEMUProfileReadError) in result.append(try element(&reader)) }
        return result
    }

    /// Reads `null` as nil, or a value that `value` reads.
    mutating func readOptional<Value>(_ value: (inout Self) throws(QEMUProfileReadError) -> Value) throws(QEMUProfileReadError) -> Value? {
        consumeNull() ? nil : try value(&self)
    }

    /// Reads an object whose values are all strings.
    mutating func readStringMap() throws(QEMUProfileReadError) -> [String: String] {
        try readMap { reader throws(QEMUProfileReadError) in try reader.readString() }
    }

    /// Reads an array of strings.
    mutating func readStringArray() throws(QEMUProfileReadError) -> [String] {
        try readList { reader throws(QEMUProfileReadError) in try reader.readString() }
    }

    /// Reads a string, resolving escapes.
    mutating func readString() throws(QEMUProfileReadError) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        let end = bytes.withUnsafeBufferPointer { buffer in
            buffer[start...].firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } ?? buffer.count
        }
        guard end < bytes.count else { throw error("an unterminated string") }
        position = end + 1
        guard bytes[end] == UInt8(ascii: "\\") else {
            return try bytes.withUnsafeBufferPointer { buffer throws(QEMUProfileReadError) in
                try Self.string(fromUTF8: UnsafeBufferPointer(rebasing: buffer[start..<end]), at: start)
            }
        }
        position = end
        var unescaped = Array(bytes[start..<end])
        try readEscapedRest(into: &unescaped)
        return try unescaped.withUnsafeBufferPointer { buffer throws(QEMUProfileReadError) in try Self.string(fromUTF8: buffer, at: start) }
    }

    /// Reads `true` or `false`.
    mutating func readBool() throws(QEMUProfileReadError) -> Bool {
        if consumeWord("true") { return true }
        if consumeWord("false") { return false }
        throw error("true or false")
    }

    /// Consumes `null` if it comes next.
    mutating func consumeNull() -> Bool {
        consumeWord("null")
    }

    /// Reads and drops any value (members a newer profile format added).
    mutating func skipValue() throws(QEMUProfileReadError) {
        skipWhitespace()
        guard position < bytes.count else { throw error("a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try readObject { reader, _ throws(QEMUProfileReadError) in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { reader throws(QEMUProfileReadError) in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): if !consumeNull() { throw error("null") }
        default: try skipNumber()
        }
    }

    /// Checks that nothing but whitespace follows the value read.
    mutating func expectEnd() throws(QEMUProfileReadError) {
        skipWhitespace()
        guard position == bytes.count else { throw error("the end of the profile") }
    }

    /// An error at the current position.
    func error(_ expected: String) -> QEMUProfileReadError {
        QEMUProfileReadError(offset: position, expected: expected)
    }

    // MARK: - Tokens

    /// The string of UTF-8 bytes; ASCII (nearly every profile string) skips the validation.
    private static func string(fromUTF8 utf8: UnsafeBufferPointer<UInt8>, at start: Int) throws(QEMUProfileReadError) -> String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
        guard let string = String(validating: utf8, as: UTF8.self) else {
            throw QEMUProfileReadError(offset: start, expected: "a string in UTF-8")
        }
        return string
    }

    private mutating func readEscapedRest(into output: inout [UInt8]) throws(QEMUProfileReadError) {
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"): try readEscape(into: &output)
            default: output.append(byte)
            }
        }
        throw error("an unterminated string")
    }

    private mutating func readEscape(into output: inout [UInt8]) throws(QEMUProfileReadError) {
        guard position < bytes.count else { throw error("an escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"): output.append(contentsOf: String(try readUnicodeEscape()).utf8)
        default:
            position -= 1
            throw error("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
    }

    private mutating func readUnicodeEscape() throws(QEMUProfileReadError) -> Character {
        let first = try readHexQuad()
        if (0xD800..<0xDC00).contains(first), matches("\\u") {
            let second = try readHexQuad()
            if (0xDC00..<0xE000).contains(second), let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) {
                return Character(scalar)
            }
        }
        guard let scalar = Unicode.Scalar(first) else { throw error("a valid \\u escape") }
        return Character(scalar)
    }

    private mutating func readHexQuad() throws(QEMUProfileReadError) -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw error("four hex digits after \\u") }
        position += 4
        return value
    }

    private mutating func skipNumber() throws(QEMUProfileReadError) {
        let start = position
        let numberBytes = Set("+-0123456789.eE".utf8)
        while position < bytes.count, numberBytes.contains(bytes[position]) { position += 1 }
        guard position > start else { throw error("a value") }
    }

    /// After a list element: true when a comma follows, false when `closer` ends the list.
    private mutating func continuesList(closedBy closer: UInt8) throws(QEMUProfileReadError) -> Bool {
        if consume(UInt8(ascii: ",")) { return true }
        if consume(closer) { return false }
        throw error("',' or '\(Character(Unicode.Scalar(closer)))'")
    }

    private mutating func expect(_ byte: UInt8) throws(QEMUProfileReadError) {
        guard consume(byte) else { throw error("'\(Character(Unicode.Scalar(byte)))'") }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func consumeWord(_ word: StaticString) -> Bool {
        skipWhitespace()
        return matches(word)
    }

    /// Consumes `word` if the bytes at the current position spell it.
    private mutating func matches(_ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { expected in bytes[position..<position + length].elementsEqual(expected) }
        if matches { position += length }
        return matches
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}

/// Stored profile JSON that could not be read.
struct QEMUProfileReadError: Error, Sendable, CustomStringConvertible {
    /// The byte offset where reading stopped.
    var offset: Int
    /// What was expected there.
    var expected: String

    var description: String { "expected \(expected) at byte \(offset)" }
}
