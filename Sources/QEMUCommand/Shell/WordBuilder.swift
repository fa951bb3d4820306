/// Accumulates one word's value bytes and the map from value offsets to source offsets.
///
/// Most words are one unbroken run of source bytes (`-device`, `'{"driver":…}'`); those are kept
/// as a source range and become a `String` without an intermediate buffer or an offset map.
struct WordBuilder {
    let start: Int
    /// The single source run the value is so far, while it is one.
    private var run: Range<Int>?
    /// The value, once it is no longer one source run.
    private var value: [UInt8] = []
    private var offsetMap: [ShellOffsetMapping] = []
    private var isContiguous = true

    init(start: Int) {
        self.start = start
    }

    /// Appends the value byte `source[sourceOffset]`.
    mutating func append(byteAt sourceOffset: Int, in source: [UInt8]) {
        append(contentsOf: sourceOffset..<sourceOffset + 1, in: source)
    }

    /// Appends the value bytes `source[range]`.
    mutating func append(contentsOf range: Range<Int>, in source: [UInt8]) {
        guard !range.isEmpty else { return }
        if isContiguous {
            guard let current = run else {
                run = range
                return
            }
            if current.upperBound == range.lowerBound {
                run = current.lowerBound..<range.upperBound
                return
            }
            isContiguous = false
            value.append(contentsOf: source[current])
            offsetMap.append(ShellOffsetMapping(valueOffset: 0, sourceOffset: current.lowerBound))
        }
        if offsetMap.last.map({ $0.sourceOffset - $0.valueOffset }) != range.lowerBound - value.count {
            offsetMap.append(ShellOffsetMapping(valueOffset: value.count, sourceOffset: range.lowerBound))
        }
        value.append(contentsOf: source[range])
    }

    /// The word, which spans `range` of `source`.
    func word(range: SourceRange, source: SourceText) -> ShellWord {
        guard isContiguous else {
            return ShellWord(value: String(decoding: value, as: UTF8.self), range: range, offsetMap: offsetMap)
        }
        let text = run.map { String(decoding: source.bytes[$0], as: UTF8.self) } ?? ""
        return ShellWord(value: text, range: range, runStart: run?.lowerBound ?? start)
    }
}
