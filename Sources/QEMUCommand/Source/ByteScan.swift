/// Byte searches over UTF-8 text eight bytes at a time.
enum ByteScan {
    /// The high bit of each byte of a chunk.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// A chunk with `byte` in each of its eight bytes.
    static func broadcast(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The high bit of exactly each byte of `chunk` that is zero.
    static func zeroBytes(_ chunk: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((chunk & low7) &+ low7) | chunk | low7)
    }

    /// Bytes `offset..<offset + 8` of `bytes` as a chunk whose low byte is the first.
    static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The offset of the first `byte` in `bytes` at or after `start`; `bytes.count` when there is none.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let pattern = broadcast(byte)
        while index + 8 <= bytes.count {
            let found = zeroBytes(chunk(bytes, at: index) ^ pattern)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] != byte { index += 1 }
        return index
    }

    /// The offset of the first `first` or `second` in `bytes` at or after `start`; `bytes.count` when
    /// there is neither.
    static func firstIndex(of first: UInt8, or second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let firstPattern = broadcast(first)
        let secondPattern = broadcast(second)
        while index + 8 <= bytes.count {
            let chunk = chunk(bytes, at: index)
            let found = zeroBytes(chunk ^ firstPattern) | zeroBytes(chunk ^ secondPattern)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] != first, bytes[index] != second { index += 1 }
        return index
    }

    /// Whether every byte of `bytes[range]` is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var highBitsSeen: UInt64 = 0
        while index + 8 <= range.upperBound {
            highBitsSeen |= chunk(bytes, at: index)
            index += 8
        }
        while index < range.upperBound {
            highBitsSeen |= UInt64(bytes[index])
            index += 1
        }
        return highBitsSeen & highBits == 0
    }
}
