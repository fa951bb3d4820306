import Foundation

/// Reads the notes of a 64-bit little-endian ELF file (enough to find a kernel's PVH entry point).
public struct ELFNoteScanner: Sendable {
    /// One ELF note: owner name and type.
    public struct Note: Hashable, Sendable {
        /// The note's owner, e.g. `Xen`.
        public var name: String
        /// The note's type number.
        public var type: UInt32
    }

    /// The notes found in `PT_NOTE` segments, or nil when the data is not a 64-bit little-endian ELF file.
    public static func notes(in data: Data) -> [Note]? {
        let bytes = [UInt8](data.prefix(64))
        guard bytes.count == 64, bytes[0 ..< 4] == [0x7F, 0x45, 0x4C, 0x46], bytes[4] == 2, bytes[5] == 1 else { return nil }
        let programHeaderOffset = Int(read(data, at: 0x20, size: 8))
        let entrySize = Int(read(data, at: 0x36, size: 2))
        let entryCount = Int(read(data, at: 0x38, size: 2))
        var notes: [Note] = []
        for index in 0 ..< entryCount {
            let header = programHeaderOffset + index * entrySize
            guard header + 56 <= data.count, read(data, at: header, size: 4) == 4 else { continue }
            let offset = Int(read(data, at: header + 8, size: 8))
            let size = Int(read(data, at: header + 32, size: 8))
            guard offset >= 0, size >= 0, offset + size <= data.count else { continue }
            notes += segmentNotes(data, from: offset, to: offset + size)
        }
        return notes
    }

    /// Whether the file is an ELF kernel with a Xen PVH entry point (`XEN_ELFNOTE_PHYS32_ENTRY`), which QEMU boots directly.
    public static func hasPVHEntry(_ data: Data) -> Bool {
        notes(in: data)?.contains { $0.name == "Xen" && $0.type == 18 } ?? false
    }

    private static func segmentNotes(_ data: Data, from start: Int, to end: Int) -> [Note] {
        var notes: [Note] = []
        var cursor = start
        while cursor + 12 <= end {
            let nameSize = Int(read(data, at: cursor, size: 4))
            let descriptionSize = Int(read(data, at: cursor + 4, size: 4))
            let type = UInt32(read(data, at: cursor + 8, size: 4))
            let nameStart = cursor + 12
            guard nameStart + nameSize <= end else { break }
            let nameBytes = data[data.startIndex + nameStart ..< data.startIndex + nameStart + nameSize].prefix { $0 != 0 }
            notes.append(Note(name: String(decoding: nameBytes, as: UTF8.self), type: type))
            cursor = nameStart + aligned(nameSize) + aligned(descriptionSize)
        }
        return notes
    }

    private static func aligned(_ value: Int) -> Int { (value + 3) & ~3 }

    private static func read(_ data: Data, at offset: Int, size: Int) -> UInt64 {
        guard offset >= 0, offset + size <= data.count else { return 0 }
        var value: UInt64 = 0
        for index in (0 ..< size).reversed() {
            value = value << 8 | UInt64(data[data.startIndex + offset + index])
        }
        return value
    }
}
