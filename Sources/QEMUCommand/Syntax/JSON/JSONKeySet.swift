/// The keys of one JSON object being parsed, to find a repeated key the way QEMU does: by the
/// bytes of the decoded key.
///
/// Keys without escapes are compared in place in the argument's bytes; an object with an escaped
/// key compares decoded strings instead. Large objects switch to hashing.
struct JSONKeySet {
    /// Byte ranges of the keys between their quotes, in the order parsed.
    private var ranges: [Range<Int>] = []
    /// Decoded keys, kept once any key has an escape or the object is large.
    private var decoded: Set<[UInt8]>?

    /// Adds `key`; returns `false` when an equal key was added before.
    mutating func insert(_ key: JSONStringToken, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = (key.spelling.start + 1)..<(key.spelling.end - 1)
        if decoded == nil, key.decodedValue != nil || ranges.count >= 32 {
            decoded = Set(ranges.map { Array(bytes[$0]) })
        }
        if decoded != nil {
            return decoded?.insert(key.decodedValue.map { Array($0.utf8) } ?? Array(bytes[range])).inserted ?? true
        }
        for existing in ranges where existing.count == range.count {
            if memcmpEqual(bytes, existing.lowerBound, range.lowerBound, range.count) { return false }
        }
        ranges.append(range)
        return true
    }

    private func memcmpEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, _ count: Int) -> Bool {
        for offset in 0..<count where bytes[first + offset] != bytes[second + offset] { return false }
        return true
    }
}
