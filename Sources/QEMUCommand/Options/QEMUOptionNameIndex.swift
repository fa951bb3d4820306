/// The command-line parser's option lookup: finds an option's ``QEMUOptionTable/Reading`` from the
/// bytes of its name, without making a `String` of the name or hashing it with `Hasher`.
///
/// An open-addressing table over FNV-1a hashes of the names; names compare byte for byte, as
/// QEMU's `lookup_opt()` compares them with `strcmp()`.
struct QEMUOptionNameIndex: Sendable {
    /// Where a name's bytes are in `nameBytes` and which reading it has; `reading == -1` marks a free slot.
    private struct Slot: Sendable {
        var start = 0
        var count = 0
        var reading = -1
    }

    private let nameBytes: [UInt8]
    private let slots: [Slot]
    private let readings: [QEMUOptionTable.Reading]

    /// Indexes `entries`; names must be distinct.
    init(_ entries: [(name: String, reading: QEMUOptionTable.Reading)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var nameBytes: [UInt8] = []
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (position, entry) in entries.enumerated() {
            let name = Array(entry.name.utf8)
            var slot = name.withUnsafeBufferPointer(Self.hash) & (capacity - 1)
            while slots[slot].reading >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(start: nameBytes.count, count: name.count, reading: position)
            nameBytes.append(contentsOf: name)
        }
        self.nameBytes = nameBytes
        self.slots = slots
        self.readings = entries.map(\.reading)
    }

    /// The reading of the option named by exactly `name`; `nil` when no option has that name.
    func reading(forName name: UnsafeBufferPointer<UInt8>) -> QEMUOptionTable.Reading? {
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        while slots[slot].reading >= 0 {
            if slots[slot].count == name.count, matches(name, at: slots[slot].start) {
                return readings[slots[slot].reading]
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func matches(_ name: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var offset = 0
        while offset < name.count {
            if nameBytes[start + offset] != name[offset] { return false }
            offset += 1
        }
        return true
    }

    /// 64-bit FNV-1a.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
