import Foundation
import Testing
@testable import QEMUCommand

/// Locates the repository and the shared corpus the option table is generated from.
private enum OptionTableSources {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var sharedDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["QEMU_CMD_SHARED"] {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The option names of one version's `qemu-options.hx` table in the shared corpus.
    static func tableNames(version: String) throws -> [String] {
        let url = sharedDirectory.appendingPathComponent("corpus/qemu-7.2/qemu-\(version)-options-table.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing \(url.path): set QEMU_CMD_SHARED to the shared directory")
            return []
        }
        struct Table: Decodable {
            struct Entry: Decodable { var name: String }
            var options: [Entry]
        }
        return try JSONDecoder().decode(Table.self, from: data).options.map(\.name)
    }
}

@Suite("Option table")
struct OptionTableTests {
    @Test("7.2 has its 121 DEFs plus vl.c's extra h, and nothing else")
    func qemu72Options() throws {
        let names = try OptionTableSources.tableNames(version: "7.2")
        #expect(names.count == 121)
        let inTable = QEMUOptionTable.all.filter(\.availability.isIn7_2).map(\.name)
        #expect(Set(inTable) == Set(names + ["h"]))
        #expect(inTable.count == 122)
    }

    @Test("10.2 has its DEFs plus h; options only 10.2 has are included with their availability")
    func qemu102Options() throws {
        let names = try OptionTableSources.tableNames(version: "10.2")
        let inTable = QEMUOptionTable.all.filter(\.availability.isIn10_2).map(\.name)
        #expect(Set(inTable) == Set(names + ["h"]))
        for name in ["run-with", "shim", "perfmap", "jitdump"] {
            let info = try #require(QEMUOptionTable.info(for: name))
            #expect(!info.availability.isIn7_2)
            #expect(info.availability.isIn10_2)
        }
    }

    @Test("names are unique and looked up exactly, without dashes")
    func lookup() {
        #expect(Set(QEMUOptionTable.all.map(\.name)).count == QEMUOptionTable.all.count)
        #expect(QEMUOptionTable.info(for: "M")?.name == "M")
        #expect(QEMUOptionTable.info(for: "m")?.name == "m")
        #expect(QEMUOptionTable.info(for: "-m") == nil)
        #expect(QEMUOptionTable.info(for: "machine=q35") == nil)
        #expect(QEMUOptionTable.info(for: "sdl") == nil)
    }

    @Test("flags are exactly the options that take no argument")
    func flags() {
        for info in QEMUOptionTable.all {
            #expect((info.syntax == .flag) == !info.takesArgument, "\(info.name)")
        }
        #expect(QEMUOptionTable.info(for: "S")?.syntax == .flag)
        #expect(QEMUOptionTable.info(for: "h")?.takesArgument == false)
    }

    @Test("-device and -object: JSON or QemuOpts with implied driver / qom-type")
    func jsonOrQEMUOpts() {
        #expect(QEMUOptionTable.info(for: "device")?.syntax
            == .jsonOrQEMUOpts(QEMUOptsGroup(name: "device", impliedKey: "driver")))
        #expect(QEMUOptionTable.info(for: "object")?.syntax
            == .jsonOrQEMUOpts(QEMUOptsGroup(name: "object", impliedKey: "qom-type")))
    }

    @Test("QemuOpts groups: -m is memory/size and merges, -drive has no implied key, -acpitable is acpi")
    func qemuOpts() {
        #expect(QEMUOptionTable.info(for: "m")?.syntax
            == .qemuOpts(QEMUOptsGroup(name: "memory", impliedKey: "size", mergesLists: true)))
        #expect(QEMUOptionTable.info(for: "drive")?.syntax == .qemuOpts(QEMUOptsGroup(name: "drive")))
        #expect(QEMUOptionTable.info(for: "acpitable")?.syntax
            == .qemuOpts(QEMUOptsGroup(name: "acpi", impliedKey: "data")))
        #expect(QEMUOptionTable.info(for: "chardev")?.syntax
            == .qemuOpts(QEMUOptsGroup(name: "chardev", impliedKey: "backend")))
        #expect(QEMUOptionTable.info(for: "semihosting-config")?.syntax
            == .qemuOpts(QEMUOptsGroup(name: "semihosting-config", mergesLists: true)))
        #expect(QEMUOptionTable.info(for: "run-with")?.syntax == .qemuOpts(QEMUOptsGroup(name: "run-with")))
    }

    @Test("merge_lists groups are the ones the spec lists for the command line")
    func mergeLists() {
        let merging = QEMUOptionTable.all.compactMap { info -> String? in
            guard case .qemuOpts(let group) = info.syntax, group.mergesLists else { return nil }
            return group.name
        }
        #expect(Set(merging) == ["memory", "name", "icount", "rtc", "action", "spice", "semihosting-config"])
    }

    @Test("keyval options carry their implied key; -compat has none")
    func keyval() {
        #expect(QEMUOptionTable.info(for: "M")?.syntax == .keyval(impliedKey: "type"))
        #expect(QEMUOptionTable.info(for: "machine")?.syntax == .keyval(impliedKey: "type"))
        #expect(QEMUOptionTable.info(for: "smp")?.syntax == .keyval(impliedKey: "cpus"))
        #expect(QEMUOptionTable.info(for: "boot")?.syntax == .keyval(impliedKey: "order"))
        #expect(QEMUOptionTable.info(for: "blockdev")?.syntax == .jsonOrKeyval(impliedKey: "driver"))
        #expect(QEMUOptionTable.info(for: "compat")?.syntax == .jsonOrKeyval(impliedKey: nil))
    }

    @Test("one-off syntaxes: -netdev, -display, legacy chardevs, -cpu, -global, -set, plain values")
    func oneOffSyntaxes() {
        #expect(QEMUOptionTable.info(for: "netdev")?.syntax == .netdev)
        #expect(QEMUOptionTable.info(for: "display")?.syntax == .display)
        for name in ["serial", "parallel", "monitor", "qmp", "qmp-pretty", "debugcon", "gdb", "qtest"] {
            #expect(QEMUOptionTable.info(for: name)?.syntax == .legacyChardev, "\(name)")
        }
        #expect(QEMUOptionTable.info(for: "cpu")?.syntax == .cpu)
        #expect(QEMUOptionTable.info(for: "global")?.syntax == .global)
        #expect(QEMUOptionTable.info(for: "set")?.syntax == .set)
        for name in ["kernel", "append", "uuid", "hda", "cdrom", "pidfile", "shim"] {
            #expect(QEMUOptionTable.info(for: name)?.syntax == .plain, "\(name)")
        }
    }

    @Test("architectures: -g is PPC, SPARC and M68K only; -no-hpet is I386; -device is everywhere")
    func architectures() throws {
        #expect(QEMUOptionTable.info(for: "g")?.architectures == [.ppc, .sparc, .m68k])
        #expect(QEMUOptionTable.info(for: "no-hpet")?.architectures == .i386)
        #expect(QEMUOptionTable.info(for: "device")?.architectures == .all)
        let x86 = try #require(QEMUArchitectureSet(targetName: "x86_64"))
        let rejectedOnX86 = QEMUOptionTable.all.filter {
            $0.availability.isIn7_2 && !$0.architectures.contains(x86)
        }.map(\.name)
        for name in ["g", "prom-env", "semihosting", "semihosting-config", "old-param"] {
            #expect(rejectedOnX86.contains(name), "\(name)")
        }
        let smbios = try #require(QEMUOptionTable.info(for: "smbios")?.availability)
        #expect(smbios.architecturesIn7_2 == [.i386, .arm])
        #expect(smbios.architecturesIn10_2 == [.i386, .arm, .loongarch, .riscv])
    }

    @Test("removed and deprecated options carry the release and the replacement")
    func lifecycle() throws {
        let noACPI = try #require(QEMUOptionTable.info(for: "no-acpi")?.availability)
        #expect(noACPI.isIn7_2 && !noACPI.isIn10_2)
        #expect(noACPI.removedIn == QEMUVersion("9.0"))
        #expect(noACPI.replacement == "-machine acpi=off")
        #expect(QEMUOptionTable.info(for: "old-param")?.availability.removedIn == .qemu10_2)
        for info in QEMUOptionTable.all where info.availability.isIn7_2 && !info.availability.isIn10_2 {
            let removed = try #require(info.availability.removedIn, "\(info.name) is gone by 10.2")
            #expect(removed > .qemu7_2 && removed <= .qemu10_2, "\(info.name)")
        }
    }

    @Test("every option has a one-line summary")
    func summaries() {
        for info in QEMUOptionTable.all {
            #expect(!info.summary.isEmpty && !info.summary.contains("\n"), "\(info.name)")
        }
        #expect(QEMUOptionTable.info(for: "device")?.summary == "add device (based on driver)")
    }

    @Test("an option description encodes its architectures by QEMU_ARCH_* name and decodes back")
    func codable() throws {
        let info = try #require(QEMUOptionTable.info(for: "g"))
        let data = try JSONEncoder().encode(info)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains(#"["QEMU_ARCH_M68K","QEMU_ARCH_PPC","QEMU_ARCH_SPARC"]"#))
        #expect(try JSONDecoder().decode(QEMUOptionInfo.self, from: data) == info)
        #expect(try JSONDecoder().decode(QEMUArchitectureSet.self, from: Data(#"["QEMU_ARCH_ALL"]"#.utf8)) == .all)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(QEMUArchitectureSet.self, from: Data(#"["QEMU_ARCH_VAX"]"#.utf8))
        }
    }

    @Test("release versions read major.minor[.micro] and order numerically")
    func releaseVersions() throws {
        #expect(QEMUVersion("7.2.22")?.isSameRelease(as: .qemu7_2) == true)
        #expect(try #require(QEMUVersion("7.2.22")) > .qemu7_2)
        #expect(QEMUVersion("10.2")?.description == "10.2.0")
        #expect(QEMUVersion("v10.2")?.shortDescription == "10.2")
        #expect(try #require(QEMUVersion("9.2")) < .qemu10_2)
        for bad in ["", "10", "7.", ".2", "7.2.1.0", "7.x", "٧.٢"] {
            #expect(QEMUVersion(bad) == nil, "\(bad)")
        }
    }

    @Test("qemu-system target names map to QEMU_ARCH_* bits")
    func targets() {
        #expect(QEMUArchitectureSet(targetName: "x86_64") == .i386)
        #expect(QEMUArchitectureSet(targetName: "aarch64") == .arm)
        #expect(QEMUArchitectureSet(targetName: "riscv64") == .riscv)
        #expect(QEMUArchitectureSet(targetName: "vax") == nil)
    }

    @Test("the generated Swift file is what the generator writes today")
    func generatedFileIsCurrent() throws {
        let root = OptionTableSources.packageRoot
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("qemu-option-table-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("scripts/generate-option-table.py").path,
            "--shared", OptionTableSources.sharedDirectory.path, "--output", output.path,
        ]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the generator failed; run it by hand to see why")
        let generated = try String(contentsOf: output, encoding: .utf8)
        let committed = try String(
            contentsOf: root.appendingPathComponent("Sources/QEMUCommand/Options/QEMUOptionTable+Generated.swift"),
            encoding: .utf8)
        #expect(generated == committed, "run `python3 scripts/generate-option-table.py` and commit the result")
    }
}
