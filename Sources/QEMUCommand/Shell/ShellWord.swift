/// One word of a shell command after quote removal, with where it came from.
///
/// `value` is what the program receives in its argv. Because quotes and backslashes are removed,
/// byte offsets inside `value` differ from offsets in the source; ``sourceOffset(ofValueOffset:)``
/// maps them back so diagnostics about an option argument can point into the file.
public struct ShellWord: Hashable, Sendable {
    /// The word as the program receives it.
    public var value: String
    /// The word's extent in the source text, quotes included.
    public var range: SourceRange
    /// How offsets in the value map to offsets in the source.
    var mapping: ShellValueMapping

    /// Creates a word whose value is its source text (no quotes), starting at `range.start`.
    public init(value: String, range: SourceRange) {
        self.init(value: value, range: range, runStart: range.start.offset)
    }

    /// Creates a word whose value is the source text from `runStart` on.
    init(value: String, range: SourceRange, runStart: Int) {
        self.value = value
        self.range = range
        self.mapping = .run(start: runStart)
    }

    /// Creates a word whose value maps to the source through `offsetMap` (not empty).
    init(value: String, range: SourceRange, offsetMap: [ShellOffsetMapping]) {
        self.value = value
        self.range = range
        self.mapping = .pieces(offsetMap)
    }

    /// The source byte offset of the byte at `valueOffset` in ``value``.
    public func sourceOffset(ofValueOffset valueOffset: Int) -> Int {
        let offsetMap: [ShellOffsetMapping]
        switch mapping {
        case .run(let start): return min(start + valueOffset, range.end.offset)
        case .pieces(let pieces): offsetMap = pieces
        }
        var low = 0
        var high = offsetMap.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if offsetMap[mid].valueOffset <= valueOffset { low = mid } else { high = mid - 1 }
        }
        let point = offsetMap[low]
        return min(point.sourceOffset + (valueOffset - point.valueOffset), range.end.offset)
    }

    public static func == (lhs: ShellWord, rhs: ShellWord) -> Bool {
        lhs.value == rhs.value && lhs.range == rhs.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(range)
    }
}

/// How a ``ShellWord``'s value offsets map to source offsets.
///
/// A value that is one run of source text (nearly every word) needs only where the run starts,
/// which keeps such words free of an array to copy and release.
enum ShellValueMapping: Hashable, Sendable {
    /// The value is the source text from `start` on: `range.start` for an unquoted word, just
    /// after the opening quote for a word that is one quoted run.
    case run(start: Int)
    /// Points where the value→source offset difference changes, in increasing value offset (not empty).
    case pieces([ShellOffsetMapping])
}

/// From `valueOffset` on, value byte `v` came from source byte `sourceOffset + (v - valueOffset)`.
struct ShellOffsetMapping: Hashable, Sendable {
    var valueOffset: Int
    var sourceOffset: Int
}

extension ShellWord {
    /// The location of byte `valueOffset` of ``value`` in `source`; without a source (argv input)
    /// the word's line field holds its argv index and the column is the offset plus one.
    public func location(ofValueOffset valueOffset: Int, in source: SourceText?) -> SourceLocation {
        guard let source else { return SourceLocation(line: range.start.line, column: valueOffset + 1, offset: valueOffset) }
        return source.location(ofOffset: sourceOffset(ofValueOffset: valueOffset))
    }

    /// Moves a diagnostic positioned relative to ``value`` into `source` coordinates.
    public func relocate(_ diagnostic: Diagnostic, in source: SourceText?) -> Diagnostic {
        var moved = diagnostic
        moved.range = SourceRange(
            start: location(ofValueOffset: diagnostic.range.start.offset, in: source),
            end: location(ofValueOffset: diagnostic.range.end.offset, in: source))
        return moved
    }
}
