/// A pull reader for the JSON of stored capability profiles (as `JSONEncoder` writes it; escapes in
/// strings are decoded by ``JSONParser``).
///
/// Profiles are read on every `qemu-cmd check`, and `JSONDecoder` spends milliseconds on the
/// thousands of small containers a profile holds. This reader walks the UTF-8 bytes once and hands
/// each object member, array element, string and boolean to the code that builds the profile, so
/// loading stays well under a millisecond. Errors name the byte offset and what was expected.
struct QEMUProfileJSONReader {
    /// The JSON being read.
    let bytes: [UInt8]
    private var position: Int
    /// Whether what is read is kept; while a value is only checked (``checkValue(_:)``), plain
    /// ASCII strings read as "" and maps and lists as empty, so checking allocates next to nothing.
    private var keepsValues = true

    /// A reader at `position` (by default the start) of `bytes`.
    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// The offset where the next value starts.
    mutating func valueStart() -> Int {
        skipWhitespace()
        return position
    }

    /// Reads a value with `read` only to check it, as cheaply as it can: `read` sees "" for plain
    /// ASCII strings and empty maps and lists (object keys are always read in full), so it may judge
    /// which members are there but not what strings, maps and lists hold.
    mutating func checkValue<Value>(_ read: (inout Self) throws(QEMUProfileReadError) -> Value) throws(QEMUProfileReadError) {
        let kept = keepsValues
        keepsValues = false
        defer { keepsValues = kept }
        _ = try read(&self)
    }

    /// Reads an object, calling `member` with each key; `member` must read the member's value.
    mutating func readObject(_ member: (inout Self, String) throws(QEMUProfileReadError) -> Void) throws(QEMUProfileReadError) {
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try readString(materializing: true)
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
        // Collected first and then hashed once into a dictionary of the right size: growing the
        // dictionary member by member rehashes every key at each doubling.
        var members: [(String, Value)] = []
        let keeps = keepsValues
        try readObject { reader, key throws(QEMUProfileReadError) in
            let read = try value(&reader)
            if keeps { members.append((key, read)) }
        }
        return Dictionary(members) { _, later in later }
    }

    /// Reads an array whose elements `element` reads.
    mutating func readList<Element>(_ element: (inout Self) throws(QEMUProfileReadError) -> Element) throws(QEMUProfileReadError) -> [Element] {
        var result: [Element] = []
        let keeps = keepsValues
        try readArray { reader throws(QEMUProfileReadError) in
            let read = try element(&reader)
            if keeps { result.append(read) }
        }
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
        try readString(materializing: keepsValues)
    }

    /// Reads a string; when not `materializing`, a plain ASCII string (no escapes) reads as "".
    private mutating func readString(materializing: Bool) throws(QEMUProfileReadError) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        return try bytes.withUnsafeBufferPointer { buffer throws(QEMUProfileReadError) in
            var end = ByteScan.firstIndex(of: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), in: buffer, from: start)
            var hasEscape = false
            while end < buffer.count, buffer[end] == UInt8(ascii: "\\") {
                hasEscape = true
                end = ByteScan.firstIndex(of: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), in: buffer, from: min(end + 2, buffer.count))
            }
            guard end < buffer.count else { throw error("an unterminated string") }
            position = end + 1
            if !materializing, !hasEscape, ByteScan.isASCII(buffer, start..<end) { return "" }
            let text = try Self.string(fromUTF8: buffer, start..<end)
            guard hasEscape else { return text }
            do throws(Diagnostic) {
                return try JSONParser.decode(buffer, from: start, to: end)
            } catch {
                throw QEMUProfileReadError(offset: start, expected: "a string with valid escapes (\(error.message))")
            }
        }
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

    /// The string of UTF-8 bytes (escapes still in it); ASCII, nearly every profile string, skips the
    /// validation.
    private static func string(fromUTF8 buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(QEMUProfileReadError) -> String {
        let utf8 = UnsafeBufferPointer(rebasing: buffer[range])
        if ByteScan.isASCII(buffer, range) { return String(decoding: utf8, as: UTF8.self) }
        guard let string = String(validating: utf8, as: UTF8.self) else {
            throw QEMUProfileReadError(offset: range.lowerBound, expected: "a string in UTF-8")
        }
        return string
    }

    private mutating func skipNumber() throws(QEMUProfileReadError) {
        let start = position
        while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
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
