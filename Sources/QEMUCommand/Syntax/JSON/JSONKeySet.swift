/// The keys of one JSON object being parsed, to find a repeated key the way QEMU does: by the
/// bytes of the decoded key.
///
/// Small objects whose keys have no escapes are checked in place, against the keys of the members
/// parsed so far; an escaped key or a large object switches to a set of decoded keys.
struct JSONKeySet {
    /// Decoded keys, kept once any key has an escape or the object is large.
    private var decoded: Set<[UInt8]>?

    /// Adds `key`; returns `false` when a key of `members` (the object's members so far) equals it.
    mutating func insert(_ key: JSONStringToken, members: [JSONSyntaxMember], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if decoded == nil, key.decodedValue != nil || members.count >= 32 {
            decoded = Set(members.map { Self.keyBytes($0.key, bytes) })
        }
        if decoded != nil {
            return decoded?.insert(Self.keyBytes(key, bytes)).inserted ?? true
        }
        let start = key.spelling.start + 1
        let length = key.spelling.end - 1 - start
        for position in members.indices {
            let otherStart = members[position].key.spelling.start + 1
            if members[position].key.spelling.end - 1 - otherStart == length, Self.equal(bytes, start, otherStart, length) {
                return false
            }
        }
        return true
    }

    private static func keyBytes(_ key: JSONStringToken, _ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        key.decodedValue.map { Array($0.utf8) } ?? Array(bytes[(key.spelling.start + 1)..<(key.spelling.end - 1)])
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, _ count: Int) -> Bool {
        var offset = 0
        while offset < count {
            if bytes[first + offset] != bytes[second + offset] { return false }
            offset += 1
        }
        return true
    }
}
