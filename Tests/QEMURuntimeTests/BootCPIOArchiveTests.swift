import Foundation
import Testing
@testable import QEMURuntime

/// A newc reader used to check the writer independently of host tools.
private func readNewc(_ data: Data) -> [(name: String, mode: UInt32, body: Data)] {
    var members: [(String, UInt32, Data)] = []
    var offset = 0
    let bytes = [UInt8](data)
    func field(_ index: Int) -> Int { Int(String(decoding: bytes[offset + 6 + index * 8 ..< offset + 14 + index * 8], as: UTF8.self), radix: 16) ?? -1 }
    func align(_ value: Int) -> Int { (value + 3) & ~3 }
    while offset + 110 <= bytes.count, String(decoding: bytes[offset ..< offset + 6], as: UTF8.self) == "070701" {
        let mode = UInt32(field(1)), size = field(6), nameSize = field(11)
        let name = String(decoding: bytes[offset + 110 ..< offset + 110 + nameSize - 1], as: UTF8.self)
        let bodyStart = align(offset + 110 + nameSize)
        if name == "TRAILER!!!" { break }
        members.append((name, mode, Data(bytes[bodyStart ..< bodyStart + size])))
        offset = align(bodyStart + size)
    }
    return members
}

@Suite("cpio newc writer")
struct BootCPIOArchiveTests {
    let entries: [CPIOEntry] = [
        .directory("bin"),
        .file("bin/tool", Data("#!/bin/sh\necho hi\n".utf8), permissions: 0o755),
        .file("odd", Data([1, 2, 3])),
        .symbolicLink("bin/sh", target: "busybox"),
    ]

    @Test("members round-trip through an independent newc reader with type bits, sizes and padding")
    func roundTrip() {
        var writer = CPIOArchiveWriter()
        writer.append(contentsOf: entries)
        let archive = writer.finished()
        #expect(archive.count % 4 == 0)
        let members = readNewc(archive)
        #expect(members.map(\.name) == ["bin", "bin/tool", "odd", "bin/sh"])
        #expect(members.map { $0.mode & 0o170000 } == [0o040000, 0o100000, 0o100000, 0o120000])
        #expect(members[1].mode & 0o777 == 0o755)
        #expect(members[2].body == Data([1, 2, 3]))
        #expect(String(decoding: members[3].body, as: UTF8.self) == "busybox")
    }

    @Test("GNU cpio lists and extracts the archive", .enabled(if: HostTool().locate("cpio") != nil))
    func hostCPIOReadsIt() throws {
        var writer = CPIOArchiveWriter()
        writer.append(contentsOf: entries)
        let directory = try QEMURuntimeDirectory.boot()
        defer { directory.remove() }
        let archive = directory.file("a.cpio")
        try writer.finished().write(to: archive)
        let listing = try HostTool().text(["cpio", "-it", "--quiet", "-F", archive.path])
        #expect(listing.split(separator: "\n") == ["bin", "bin/tool", "odd", "bin/sh"])
        let out = directory.file("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        _ = try HostTool().output(["cpio", "-id", "--quiet", "-F", archive.path], in: out)
        #expect(try String(contentsOf: out.appendingPathComponent("bin/tool"), encoding: .utf8) == "#!/bin/sh\necho hi\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("bin/sh").path) == "busybox")
    }
}
