/// A named source text with fast byte-offset → line/column conversion.
///
/// Diagnostics carry byte offsets while they are produced; `SourceText` turns them into the
/// `FILE:LINE:COL` form people read and finds the line to print under a message.
public struct SourceText: Sendable {
    /// The file name shown in diagnostics (`-` or `<argv>` when there is no file).
    public let fileName: String
    /// The text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// Byte offsets at which each line starts.
    private let lineStarts: [Int]
    /// Whether each line is pure ASCII, so that its columns are byte counts.
    private let asciiLines: [Bool]

    /// Wraps `text`, naming it `fileName` in diagnostics.
    public init(_ text: String, fileName: String = "-") {
        self.fileName = fileName
        self.bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
        (lineStarts, asciiLines) = bytes.withUnsafeBufferPointer(Self.lines)
    }

    /// The start offset of every line and whether the line is pure ASCII.
    ///
    /// Reads eight bytes at a time: each newline in a chunk ends a line, and the chunk's bytes
    /// before and after it go to the lines they belong to.
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> ([Int], [Bool]) {
        var starts = [0]
        var ascii: [Bool] = []
        // Command lines have a line per option or two, rarely shorter than 32 bytes.
        starts.reserveCapacity(bytes.count / 32 + 2)
        ascii.reserveCapacity(bytes.count / 32 + 2)
        var lineBits: UInt64 = 0
        var index = 0
        let newlines = ByteScan.broadcast(UInt8(ascii: "\n"))
        while index + 8 <= bytes.count {
            let chunk = ByteScan.chunk(bytes, at: index)
            var found = ByteScan.zeroBytes(chunk ^ newlines)
            var lineStart = 0
            while found != 0 {
                let lineEnd = found.trailingZeroBitCount + 1
                lineBits |= chunk & bits(lineStart..<lineEnd)
                starts.append(index + lineEnd / 8)
                ascii.append(lineBits & ByteScan.highBits == 0)
                lineBits = 0
                lineStart = lineEnd
                found &= found - 1
            }
            lineBits |= chunk & bits(lineStart..<64)
            index += 8
        }
        while index < bytes.count {
            lineBits |= UInt64(bytes[index])
            index += 1
            if bytes[index - 1] == UInt8(ascii: "\n") {
                starts.append(index)
                ascii.append(lineBits & ByteScan.highBits == 0)
                lineBits = 0
            }
        }
        ascii.append(lineBits & ByteScan.highBits == 0)
        return (starts, ascii)
    }

    /// A mask of the bit positions `range` (within 0...64) of a chunk.
    private static func bits(_ range: Range<Int>) -> UInt64 {
        ((1 as UInt64) << UInt64(range.upperBound) &- 1) & ~((1 as UInt64) << UInt64(range.lowerBound) &- 1)
    }

    /// The location of `offset`, searching forward from 0-based line `lineHint` and leaving
    /// `lineHint` on the offset's line: callers that visit offsets in increasing order walk each
    /// line once instead of searching all lines per offset.
    func location(ofOffset rawOffset: Int, lineHint: inout Int) -> SourceLocation {
        let offset = max(0, min(rawOffset, bytes.count))
        guard lineHint < lineStarts.count, lineStarts[lineHint] <= offset else {
            let location = location(ofOffset: offset)
            lineHint = location.line - 1
            return location
        }
        while lineHint + 1 < lineStarts.count, lineStarts[lineHint + 1] <= offset { lineHint += 1 }
        return location(ofOffset: offset, onLine: lineHint)
    }

    /// The location of `offset`, which lies on 0-based line `line`.
    private func location(ofOffset offset: Int, onLine line: Int) -> SourceLocation {
        let lineStart = lineStarts[line]
        let column = asciiLines[line]
            ? offset - lineStart + 1
            : String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(line: line + 1, column: column, offset: offset)
    }

    /// The text as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The line/column location of a byte offset (clamped to the text).
    public func location(ofOffset rawOffset: Int) -> SourceLocation {
        let offset = max(0, min(rawOffset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return location(ofOffset: offset, onLine: low)
    }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
