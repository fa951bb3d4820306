import Foundation

/// Writes cpio archives in the SVR4 "newc" format the Linux kernel unpacks as an initramfs.
public struct CPIOArchiveWriter: Sendable {
    private var output = Data()
    private var nextInode: UInt32 = 1

    /// An empty archive.
    public init() {}

    /// Appends one member.
    public mutating func append(_ entry: CPIOEntry) {
        let isDirectory = entry.content == .directory
        writeMember(name: entry.path, mode: entry.mode, links: isDirectory ? 2 : 1, body: entry.body)
    }

    /// Appends members in order.
    public mutating func append(contentsOf entries: [CPIOEntry]) {
        for entry in entries { append(entry) }
    }

    /// The finished archive: every member followed by the `TRAILER!!!` record.
    public func finished() -> Data {
        var copy = self
        copy.writeMember(name: "TRAILER!!!", mode: 0, links: 1, body: Data(), inode: 0)
        return copy.output
    }

    private mutating func writeMember(name: String, mode: UInt32, links: UInt32, body: Data, inode: UInt32? = nil) {
        let nameBytes = Data(name.utf8) + [0]
        let fields: [UInt32] = [
            inode ?? takeInode(), mode, 0, 0, links, 0, UInt32(body.count),
            0, 0, 0, 0, UInt32(nameBytes.count), 0,
        ]
        var header = "070701"
        for field in fields { header += Self.hex(field) }
        output.append(Data(header.utf8))
        output.append(nameBytes)
        pad()
        output.append(body)
        pad()
    }

    private mutating func takeInode() -> UInt32 {
        defer { nextInode += 1 }
        return nextInode
    }

    private mutating func pad() {
        let remainder = output.count % 4
        if remainder != 0 { output.append(Data(count: 4 - remainder)) }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
