/// A JSON string as written (`"a\u0062"` or `'a'`) together with the string it stands for.
public struct JSONStringToken: Hashable, Sendable, Codable {
    /// The spelling, quotes included.
    public let raw: String
    /// The decoded string.
    public let value: String

    /// The canonical double-quoted token for `value`.
    public init(_ value: String) {
        self.raw = JSONEscaping.quote(value)
        self.value = value
    }

    init(raw: String, value: String) {
        self.raw = raw
        self.value = value
    }
}
