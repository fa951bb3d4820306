/// Accumulates one word's value bytes and the map from value offsets to source offsets.
///
/// Most words are one unbroken run of source bytes (`-device`, `'{"driver":…}'`); those are kept
/// as a source range and become a `String` without an intermediate buffer or an offset map.
struct WordBuilder {
    /// The value bytes and offset map of a word that is not one source run.
    private struct Pieces {
        var value: [UInt8]
        var offsetMap: [ShellOffsetMapping]

        /// Appends the value bytes `source[range]`, noting where the offset difference changes.
        mutating func append(_ range: Range<Int>, of source: [UInt8]) {
            if offsetMap.last.map({ $0.sourceOffset - $0.valueOffset }) != range.lowerBound - value.count {
                offsetMap.append(ShellOffsetMapping(valueOffset: value.count, sourceOffset: range.lowerBound))
            }
            value.append(contentsOf: source[range])
        }
    }

    let start: Int
    /// The single source run the value is so far, while it is one.
    private var run: Range<Int>?
    /// The value, once it is no longer one source run.
    private var pieces: Pieces?

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
        if pieces == nil {
            guard let current = run else {
                run = range
                return
            }
            if current.upperBound == range.lowerBound {
                run = current.lowerBound..<range.upperBound
                return
            }
            pieces = Pieces(
                value: Array(source[current]),
                offsetMap: [ShellOffsetMapping(valueOffset: 0, sourceOffset: current.lowerBound)])
        }
        pieces?.append(range, of: source)
    }

    /// The word, which spans `range` of the source text whose bytes are `source`.
    func word(range: SourceRange, source: [UInt8]) -> ShellWord {
        if let pieces {
            return ShellWord(value: String(decoding: pieces.value, as: UTF8.self), range: range, offsetMap: pieces.offsetMap)
        }
        let text = run.map { String(decoding: source[$0], as: UTF8.self) } ?? ""
        return ShellWord(value: text, range: range, runStart: run?.lowerBound ?? start)
    }
}
