/// A JSON string as written (`"a\u0062"` or `'a'`) together with the string it stands for.
public struct JSONStringToken: Hashable, Sendable {
    /// The spelling, quotes included.
    let spelling: TextSlice
    /// The decoded string when the spelling has escapes; `nil` when it is the text between the quotes.
    let decodedValue: String?

    /// The canonical double-quoted token for `value`.
    public init(_ value: String) {
        let quoted = JSONEscaping.quote(value)
        self.spelling = TextSlice(quoted)
        self.decodedValue = quoted.utf8.count == value.utf8.count + 2 ? nil : value
    }

    init(spelling: TextSlice, decodedValue: String?) {
        self.spelling = spelling
        self.decodedValue = decodedValue
    }

    /// The spelling, quotes included.
    public var raw: String { spelling.string }

    /// The decoded string.
    public var value: String {
        decodedValue ?? TextSlice(spelling.base, spelling.start + 1, spelling.end - 1).string
    }

    /// Whether it is written in single quotes (QEMU's extension).
    public var isSingleQuoted: Bool { spelling.utf8.first == UInt8(ascii: "'") }

    /// Tokens are equal when they are spelled the same.
    public static func == (lhs: JSONStringToken, rhs: JSONStringToken) -> Bool {
        lhs.spelling == rhs.spelling
    }

    /// Hashes the spelling.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(spelling)
    }
}
