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
}
