/// Turns a byte stream read in arbitrary chunks into text, holding back a UTF-8 sequence split
/// across two chunks until it is complete.
struct UTF8ChunkDecoder {
    private var pending: [UInt8] = []

    /// Decodes the complete part of `pending + bytes`; invalid bytes become U+FFFD.
    mutating func decode(_ bytes: some Sequence<UInt8>) -> String {
        pending.append(contentsOf: bytes)
        let complete = Self.completePrefixLength(pending)
        let text = String(decoding: pending[..<complete], as: UTF8.self)
        pending.removeFirst(complete)
        return text
    }

    /// The length of `bytes` without a trailing, unfinished multi-byte sequence.
    private static func completePrefixLength(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        var continuationBytes = 0
        while index >= 0, continuationBytes < 3, bytes[index] & 0xC0 == 0x80 {
            index -= 1
            continuationBytes += 1
        }
        guard index >= 0 else { return bytes.count }
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return length > continuationBytes + 1 ? index : bytes.count
    }
}
