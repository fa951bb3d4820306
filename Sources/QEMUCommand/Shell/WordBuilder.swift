/// Accumulates one word's value bytes and the map from value offsets to source offsets.
struct WordBuilder {
    let start: Int
    private var value: [UInt8] = []
    private var offsetMap: [ShellOffsetMapping] = []
    private var delta = Int.min

    init(start: Int) {
        self.start = start
    }

    /// Appends a value byte that came from source offset `sourceOffset`.
    mutating func append(_ byte: UInt8, at sourceOffset: Int) {
        if sourceOffset - value.count != delta {
            delta = sourceOffset - value.count
            offsetMap.append(ShellOffsetMapping(valueOffset: value.count, sourceOffset: sourceOffset))
        }
        value.append(byte)
    }

    /// Appends value bytes that came from consecutive source offsets starting at `sourceOffset`.
    mutating func append(contentsOf run: ArraySlice<UInt8>, at sourceOffset: Int) {
        guard !run.isEmpty else { return }
        if sourceOffset - value.count != delta {
            delta = sourceOffset - value.count
            offsetMap.append(ShellOffsetMapping(valueOffset: value.count, sourceOffset: sourceOffset))
        }
        value.append(contentsOf: run)
    }

    func word(end: Int, source: SourceText) -> ShellWord {
        let range = SourceRange(start: source.location(ofOffset: start), end: source.location(ofOffset: end))
        return ShellWord(value: String(decoding: value, as: UTF8.self), range: range, offsetMap: offsetMap)
    }
}
