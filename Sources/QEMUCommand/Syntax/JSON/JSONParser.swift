/// The byte-level parser behind ``JSONArgument``: QEMU's JSON dialect (qobject/json-lexer.c and
/// json-parser.c) — RFC 8259 plus single-quoted strings and the `\'` escape, at most 1024 nested
/// containers, no duplicate keys, no noncharacters in strings.
struct JSONParser {
    /// `MAX_NESTING` in qobject/json-streamer.c.
    static let maximumDepth = 1024

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The same text as `bytes`, which tokens are sliced from.
    private let source: String
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// Parses the whole buffer as one value with optional surrounding whitespace.
    mutating func parseDocument() throws(Diagnostic) -> JSONSyntaxNode {
        let node = try parseNode(depth: 0)
        if index < bytes.count {
            throw Self.error(
                "unexpected \(describe(index)) after the JSON value", at: index, rule: "json.trailing-text",
                fix: "QEMU reads exactly one JSON value: remove the extra text or move it inside the object")
        }
        return node
    }

    private mutating func parseNode(depth: Int) throws(Diagnostic) -> JSONSyntaxNode {
        let leading = trivia()
        let start = index
        let kind = try parseKind(depth: depth)
        let end = index
        return JSONSyntaxNode(leadingTrivia: leading, kind: kind, trailingTrivia: trivia(), range: start..<end)
    }

    private mutating func parseKind(depth: Int) throws(Diagnostic) -> JSONSyntaxKind {
        guard index < bytes.count else {
            throw Self.error(
                "expected a JSON value, found the end of the argument", at: index, rule: "json.expected-value",
                fix: "complete the JSON value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            index = try Self.scanNumber(bytes, from: start)
            return .number(JSONNumber(validatedSpelling: slice(start, index)))
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return try parseKeyword()
        default:
            throw Self.error(
                "expected a JSON value, found \(describe(index))", at: index, rule: "json.expected-value",
                fix: "a JSON value is an object, array, string, number, true, false or null")
        }
    }

    private mutating func parseObject(depth: Int) throws(Diagnostic) -> JSONSyntaxKind {
        let open = index
        try checkDepth(depth)
        index += 1
        var keyLeading = trivia()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([], emptyTrivia: keyLeading)
        }
        var members: [JSONSyntaxMember] = []
        // Most objects QEMU is given have two to six members; five keeps the buffer under 1 KiB,
        // where the allocator's per-thread cache serves it.
        members.reserveCapacity(5)
        var keys = JSONKeySet()
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw unclosedOrUnexpected(
                    open: open, what: "a string key",
                    fix: members.isEmpty ? "object keys are quoted strings" : "remove the ',' after the last member")
            }
            let keyStart = index
            let key = try parseString()
            if !keys.insert(key, members: members, bytes: bytes) {
                throw Self.error(
                    "duplicate key '\(key.value)' in JSON object", at: keyStart, rule: "json.duplicate-key",
                    fix: "give each key once; QEMU rejects repeated keys")
            }
            let keyTrailing = trivia()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw unclosedOrUnexpected(open: open, what: "':' after the key '\(key.value)'", fix: "write \"key\": value")
            }
            index += 1
            let value = try parseNode(depth: depth)
            members.append(JSONSyntaxMember(keyLeadingTrivia: keyLeading, key: key, keyTrailingTrivia: keyTrailing, value: value))
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object(members, emptyTrivia: "")
                }
                throw unclosedOrUnexpected(open: open, what: "',' or '}' after an object member", fix: "separate members with ','")
            }
            index += 1
            keyLeading = trivia()
        }
    }

    private mutating func parseArray(depth: Int) throws(Diagnostic) -> JSONSyntaxKind {
        let open = index
        try checkDepth(depth)
        index += 1
        let save = index
        let emptyTrivia = trivia()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([], emptyTrivia: emptyTrivia)
        }
        index = save
        var elements: [JSONSyntaxNode] = []
        while true {
            let elementStart = index
            let afterTrivia = skipTrivia(from: index)
            if !elements.isEmpty, afterTrivia < bytes.count, bytes[afterTrivia] == UInt8(ascii: "]") {
                throw Self.error(
                    "trailing ',' before ']' in JSON array", at: elementStart - 1, rule: "json.trailing-comma",
                    fix: "remove the ',' after the last element")
            }
            if afterTrivia >= bytes.count { index = afterTrivia; throw unclosed(open: open, what: "a value") }
            elements.append(try parseNode(depth: depth))
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(elements, emptyTrivia: "")
                }
                throw unclosedOrUnexpected(open: open, what: "',' or ']' after an array element", fix: "separate elements with ','")
            }
            index += 1
        }
    }

    private func checkDepth(_ depth: Int) throws(Diagnostic) {
        if depth > Self.maximumDepth {
            throw Self.error(
                "JSON nesting deeper than \(Self.maximumDepth) levels", at: index, rule: "json.too-deep",
                fix: "QEMU accepts at most \(Self.maximumDepth) nested objects and arrays")
        }
    }

    private func unclosed(open: Int, what: String) -> Diagnostic {
        let container = bytes[open] == UInt8(ascii: "{") ? "object" : "array"
        let closer = bytes[open] == UInt8(ascii: "{") ? "}" : "]"
        return Self.error(
            "expected \(what), found the end of the argument: the \(container) opened at column \(open + 1) is not closed",
            at: index, rule: "json.unclosed", fix: "close the \(container) with '\(closer)'")
    }

    private func unclosedOrUnexpected(open: Int, what: String, fix: String) -> Diagnostic {
        if index >= bytes.count { return unclosed(open: open, what: what) }
        return Self.error("expected \(what), found \(describe(index))", at: index, rule: "json.unexpected", fix: fix)
    }

    private mutating func parseKeyword() throws(Diagnostic) -> JSONSyntaxKind {
        let start = index
        while index < bytes.count, Self.isLetter(bytes[index]) { index += 1 }
        switch Self.string(bytes, start, index) {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case let word:
            throw Self.error(
                "invalid JSON keyword '\(word)'", at: start, rule: "json.invalid-keyword",
                fix: "the JSON literals are true, false and null; put strings in quotes")
        }
    }

    // MARK: Strings

    private mutating func parseString() throws(Diagnostic) -> JSONStringToken {
        let start = index
        let quote = bytes[index]
        index += 1
        var hasEscape = false
        while true {
            guard index < bytes.count else {
                throw Self.error(
                    "unterminated JSON string", at: start, rule: "json.unterminated-string",
                    fix: "close the string with \(quote == UInt8(ascii: "'") ? "'" : "\"")")
            }
            let byte = bytes[index]
            if byte == quote { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                index += 2
                continue
            }
            if byte < 0x20 {
                throw Self.error(
                    "control character \(Self.codePoint(UInt32(byte))) inside a JSON string", at: index,
                    rule: "json.control-character", fix: "write it as an escape such as \\n, \\t or \\u00XX")
            }
            if byte >= 0xEF, let scalar = Self.noncharacter(bytes, at: index) {
                throw Self.error(
                    "noncharacter \(Self.codePoint(scalar)) inside a JSON string", at: index,
                    rule: "json.noncharacter", fix: "QEMU rejects Unicode noncharacters in strings; remove it")
            }
            index += 1
        }
        let end = index
        index += 1
        let decoded = hasEscape ? try Self.decode(bytes, from: start + 1, to: end) : nil
        return JSONStringToken(spelling: slice(start, index), decodedValue: decoded)
    }

    /// Decodes the escapes of string content `bytes[start..<end]`, where every backslash is followed
    /// by at least one more byte of the content (also used by ``QEMUProfileJSONReader``).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws(Diagnostic) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let (scalar, next) = try decodeUnicodeEscape(bytes, at: index, end: end)
                UTF8.encode(scalar) { output.append($0) }
                index = next
                continue
            default:
                throw error(
                    "invalid escape '\\\(String(decoding: [escape], as: UTF8.self))' in JSON string", at: index,
                    rule: "json.invalid-escape",
                    fix: "valid escapes are \\\" \\' \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\")
            }
            index += 2
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `\uXXXX` at `index`, joining a surrogate pair; returns the scalar and the offset after it.
    private static func decodeUnicodeEscape(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int
    ) throws(Diagnostic) -> (Unicode.Scalar, Int) {
        let high = try hexQuad(bytes, at: index, end: end)
        var value = high
        var next = index + 6
        if (0xD800...0xDBFF).contains(high), next + 1 < end, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") {
            let low = try hexQuad(bytes, at: next, end: end)
            if (0xDC00...0xDFFF).contains(low) {
                value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                next += 6
            }
        }
        guard let scalar = Unicode.Scalar(value), !isNoncharacter(value) else {
            throw error(
                "\\u\(string(bytes, index + 2, index + 6)) is not a valid Unicode character", at: index,
                rule: "json.invalid-unicode-escape",
                fix: "surrogates must come in high-low pairs (\\uD83D\\uDE00) and noncharacters are rejected")
        }
        return (scalar, next)
    }

    private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for offset in 2..<6 {
            guard index + offset < end, let digit = hexValue(bytes[index + offset]) else {
                throw error(
                    "invalid \\u escape in JSON string: expected four hex digits", at: index,
                    rule: "json.invalid-unicode-escape", fix: "write \\u followed by exactly four hex digits, as in \\u00e9")
            }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The noncharacter whose UTF-8 encoding starts at `index`, if one does (`is_valid_codepoint()`).
    private static func noncharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        let length = bytes[index] >= 0xF0 ? 4 : 3
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(bytes[index] & (length == 4 ? 0x07 : 0x0F))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return isNoncharacter(value) ? value : nil
    }

    private static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    // MARK: Numbers

    /// Scans an RFC 8259 number starting at `start`; returns the offset just past it.
    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(Diagnostic) -> Int {
        var index = start
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        index = digitRunEnd(bytes, from: index)
        if index == integerStart {
            throw error("invalid JSON number: expected a digit after '-'", at: index, rule: "json.invalid-number", fix: "write -1 or -0.5")
        }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 {
            throw error(
                "invalid JSON number '\(string(bytes, start, index))': leading zeros are not allowed", at: start,
                rule: "json.invalid-number", fix: "drop the leading zeros; JSON numbers are decimal")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            let fractionEnd = digitRunEnd(bytes, from: index + 1)
            if fractionEnd == index + 1 {
                throw error(
                    "invalid JSON number: expected a digit after '.'", at: index + 1, rule: "json.invalid-number",
                    fix: "write 1.0 rather than 1.")
            }
            index = fractionEnd
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var exponentStart = index + 1
            if exponentStart < bytes.count, bytes[exponentStart] == UInt8(ascii: "+") || bytes[exponentStart] == UInt8(ascii: "-") {
                exponentStart += 1
            }
            let exponentEnd = digitRunEnd(bytes, from: exponentStart)
            if exponentEnd == exponentStart {
                throw error(
                    "invalid JSON number: expected a digit in the exponent", at: exponentStart, rule: "json.invalid-number",
                    fix: "write 1e3 or 1e-3")
            }
            index = exponentEnd
        }
        return index
    }

    private static func digitRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index
    }

    // MARK: Helpers

    /// QEMU's JSON whitespace: space, tab, carriage return, newline.
    private mutating func trivia() -> String {
        let start = index
        index = skipTrivia(from: index)
        return start == index ? "" : Self.string(bytes, start, index)
    }

    private func skipTrivia(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): index += 1
            default: return index
            }
        }
        return index
    }

    /// `'x'`, `control character U+0001` or `the end of the argument`, for messages.
    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the argument" }
        let byte = bytes[offset]
        if byte < 0x20 || byte == 0x7F { return "control character \(Self.codePoint(UInt32(byte)))" }
        if byte < 0x80 { return "'\(Self.string(bytes, offset, offset + 1))'" }
        let end = min(offset + 4, bytes.count)
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self).unicodeScalars.first
        return "'\(scalar.map { String(Character($0)) } ?? "?")'"
    }

    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// The text at byte offsets `start..<end`, which lie on ASCII delimiters.
    private func slice(_ start: Int, _ end: Int) -> TextSlice {
        TextSlice(source, start, end)
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    static func error(_ message: String, at offset: Int, rule: String, fix: String) -> Diagnostic {
        .argumentError(message, at: offset, rule: rule, fix: fix)
    }
}
