/// A byte range of a shared text: made without copying or validating, turned into a `String`
/// only when asked. Parsers keep token spellings this way; equality compares bytes.
struct TextSlice: Hashable, Sendable {
    /// The text the range is in.
    let base: String
    /// UTF-8 offset of the first byte.
    let start: Int
    /// UTF-8 offset just past the last byte.
    let end: Int

    /// The whole of `string`.
    init(_ string: String) {
        base = string
        start = 0
        end = string.utf8.count
    }

    /// Bytes `start..<end` of `base`, which must lie on scalar boundaries.
    init(_ base: String, _ start: Int, _ end: Int) {
        self.base = base
        self.start = start
        self.end = end
    }

    /// The bytes.
    var utf8: Substring.UTF8View {
        let view = base.utf8
        let lower = view.index(view.startIndex, offsetBy: start)
        return view[lower..<view.index(lower, offsetBy: end - start)]
    }

    /// The bytes as a string.
    var string: String { String(decoding: utf8, as: UTF8.self) }

    /// The number of bytes.
    var count: Int { end - start }

    static func == (lhs: TextSlice, rhs: TextSlice) -> Bool {
        lhs.count == rhs.count && lhs.utf8.elementsEqual(rhs.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for byte in utf8 { hasher.combine(byte) }
    }
}
