/// The element scanner behind ``QEMUKeyvalArgument`` (`keyval_parse_one()`).
struct QEMUKeyvalParser {
    let impliedKey: String?

    typealias Parsed = (elements: [QEMUKeyvalElement], spans: [QEMUOptsSpan], trailingComma: Bool)

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Parsed, Diagnostic> {
        var elements: [QEMUKeyvalElement] = []
        var spans: [QEMUOptsSpan] = []
        let capacity = CommaEscaping.maximumElementCount(bytes)
        elements.reserveCapacity(capacity)
        spans.reserveCapacity(capacity)
        var index = 0
        var trailingComma = false
        while index < bytes.count {
            let start = index
            let length = Self.keyLength(bytes, from: start)
            let keyEnd = start + length
            let word = Self.string(bytes, start, keyEnd)
            let hasEquals = keyEnd < bytes.count && bytes[keyEnd] == UInt8(ascii: "=")
            if length > 0, !hasEquals, word == "help" || word == "?" {
                elements.append(.help(word))
                spans.append(QEMUOptsSpan(start: start, valueStart: start, end: keyEnd))
                index = keyEnd
            } else if length > 0, !hasEquals, elements.isEmpty, impliedKey != nil {
                elements.append(.implied(value: word))
                spans.append(QEMUOptsSpan(start: start, valueStart: start, end: keyEnd))
                index = keyEnd
            } else {
                if let problem = Self.keyProblem(bytes, start: start, end: keyEnd) {
                    return .failure(problem)
                }
                guard hasEquals else {
                    return .failure(.error(
                        "Expected '=' after parameter '\(word)'", at: Self.location(keyEnd),
                        rule: "keyval.expected-equals",
                        fix: "keyval has no short-form booleans: write '\(word)=on' (or '\(word)=off')"))
                }
                let (value, end) = CommaEscaping.readValue(bytes, from: keyEnd + 1)
                elements.append(.pair(key: word, value: value))
                spans.append(QEMUOptsSpan(start: start, valueStart: keyEnd + 1, end: end))
                index = end
            }
            if index < bytes.count {
                index += 1
                trailingComma = index == bytes.count
            }
        }
        return .success((elements, spans, trailingComma))
    }

    /// `strcspn(params, "=,")`.
    static func keyLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != CommaEscaping.comma {
            index += 1
        }
        return index - start
    }

    /// Checks a dotted key fragment by fragment: a QAPI name, or an index after the first.
    static func keyProblem(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Diagnostic? {
        let key = string(bytes, start, end)
        var fragmentStart = start
        while true {
            let isIndexAllowed = fragmentStart != start
            let length = isIndexAllowed && isDigit(bytes, fragmentStart, end)
                ? digitRunLength(bytes, from: fragmentStart, end: end)
                : qapiNameLength(bytes, from: fragmentStart, end: end)
            let fragmentEnd = fragmentStart + length
            if length == 0 || (fragmentEnd < end && bytes[fragmentEnd] != UInt8(ascii: ".")) {
                return .error(
                    "Invalid parameter '\(key)'", at: location(fragmentEnd), rule: "keyval.invalid-key",
                    fix: "keys are dot-separated names ([A-Za-z][A-Za-z0-9_-]*) or list indices after the first part")
            }
            if length >= 128 {
                return .error(
                    "Parameter '\(string(bytes, fragmentStart, fragmentEnd))' is too long", at: location(fragmentStart),
                    rule: "keyval.key-too-long", fix: "key fragments are at most 127 bytes")
            }
            if fragmentEnd >= end { return nil }
            fragmentStart = fragmentEnd + 1
        }
    }

    /// `parse_qapi_name(s, false)`: `[__RFQDN_]` then `[A-Za-z][A-Za-z0-9_-]*`.
    static func qapiNameLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        if index < end, bytes[index] == UInt8(ascii: "_") {
            index += 1
            guard index < end, bytes[index] == UInt8(ascii: "_") else { return 0 }
            index += 1
            while index < end, isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".") {
                index += 1
            }
            guard index < end, bytes[index] == UInt8(ascii: "_") else { return 0 }
            index += 1
        }
        guard index < end, isLetter(bytes[index]) else { return 0 }
        index += 1
        while index < end, isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "_") {
            index += 1
        }
        return index - start
    }

    static func digitRunLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    static func isDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        index < end && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A location inside the argument: line 1, column and offset from the byte offset.
    static func location(_ offset: Int) -> SourceLocation {
        SourceLocation(line: 1, column: offset + 1, offset: offset)
    }
}
