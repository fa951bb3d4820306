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
        var starts = [0]
        var ascii = [true]
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
                ascii.append(true)
            } else if byte >= 0x80 {
                ascii[ascii.count - 1] = false
            }
        }
        self.lineStarts = starts
        self.asciiLines = ascii
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
        let lineStart = lineStarts[low]
        let column = asciiLines[low]
            ? offset - lineStart + 1
            : String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(line: low + 1, column: column, offset: offset)
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
