import Foundation
import QEMUCXL
import QEMUCommand
import Testing
@testable import QEMURuntime

/// Boots a preset's topology with Debian's kernel under TCG and returns the result.
private func bootPreset(_ preset: CXLPreset, region: Bool = false) async throws -> BootResult {
    let directory = try QEMURuntimeDirectory.boot()
    defer { directory.remove() }
    let version = try QEMUVersionProbe.version(of: "qemu-system-x86_64")
    let topology = try preset.topology(for: version, backendDirectory: directory.url.path)
    let options = BootOptions(machineArguments: try topology.arguments(for: version), createsRegion: region)
    let session = BootSession(options: options, runtimeDirectory: directory)
    let result = try await session.run(expecting: CXLBootExpectation(topology: topology))
    print("boot \(preset.rawValue)\(region ? " --region" : ""): \(result.timings.summary)")
    return result
}

/// The `qemu-cmd` binary built beside the test bundle.
private func qemuCmdBinary() throws -> URL {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [directory, directory.deletingLastPathComponent(), directory.deletingLastPathComponent().deletingLastPathComponent()]
        .map { $0.appendingPathComponent("qemu-cmd") }
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "qemu-cmd is not built; run `swift build` first")
}

@Suite("real boots of Debian's kernel under QEMU (TCG)", .serialized)
struct BootRealBootTests {
    @Test("qemu-cmd boot --preset single-pmem --json: one 256 MiB pmem memdev with serial 0x1, root0, one host bridge port, one endpoint; exit 0")
    func singlePmemThroughTheCLI() throws {
        let result = try HostTool().run([try qemuCmdBinary().path, "boot", "--preset", "single-pmem", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONDecoder().decode(BootResult.self, from: result.standardOutput)
        #expect(report.guest.memdevs.map(\.pmemSize) == [268_435_456])
        #expect(report.guest.memdevs.map(\.serial) == [0x1])
        #expect(report.guest.ports(.root).map(\.name) == ["root0"])
        #expect(report.guest.ports(.hostBridge).count == 1)
        #expect(report.guest.endpoints.count == 1)
        #expect(report.comparison.matches)
        #expect(result.standardError.contains("time: prepare"))
    }

    @Test("interleave-2hb: four memdevs below two host bridges, two root ports each")
    func interleaveTwoHostBridges() async throws {
        let result = try await bootPreset(.interleave2HB)
        #expect(result.guest.memdevs.count == 4)
        let bridges = result.guest.ports(.hostBridge)
        #expect(bridges.count == 2)
        #expect(Set(result.guest.endpoints.map(\.parent)) == Set(bridges.map(\.name)))
        #expect(result.comparison.matches, "\(result.comparison.mismatches)")
    }

    @Test("switch: a switch port with four downstream ports and four endpoints below it")
    func switchTopology() async throws {
        let result = try await bootPreset(.switch)
        let switches = result.guest.ports(.switchPort)
        #expect(switches.count == 1)
        #expect(switches.first?.dportIDs.count == 4)
        #expect(result.guest.endpoints.count == 4)
        #expect(result.guest.endpoints.allSatisfy { $0.parent == switches.first?.name })
        #expect(result.comparison.matches, "\(result.comparison.mismatches)")
    }

    @Test("--region on interleave-2hb creates a 4-way persistent region at the window's granularity")
    func regionAcrossHostBridges() async throws {
        let result = try await bootPreset(.interleave2HB, region: true)
        let region = try #require(result.guest.region)
        #expect(region.succeeded, "\(region.errors) \(region.kernelMessages)")
        #expect(region.ways == 4)
        #expect(region.granularity == result.guest.decoders.first { $0.name == "decoder0.0" }?.granularity)
    }

    @Test("type-3 device on pcie.0 in a command-line file, booted with --kernel/--modules: exit 1 naming the memdev Linux did not find")
    func deviceOnRootComplexThroughTheCLI() throws {
        let release = try #require(
            (try? FileManager.default.contentsOfDirectory(atPath: "/lib/modules"))?.sorted().last { $0.hasSuffix("-amd64") },
            "no Debian kernel in /lib/modules; install linux-image-amd64"
        )
        let directory = try QEMURuntimeDirectory.boot()
        defer { directory.remove() }
        let version = try QEMUVersionProbe.version(of: "qemu-system-x86_64")
        var topology = try CXLPreset.singlePmem.topology(for: version, backendDirectory: directory.url.path)
        topology.memoryDevices[0].bus = "pcie.0"
        let words = ["qemu-system-x86_64"] + (try topology.arguments(for: version))
        let file = directory.file("on-pcie0.sh")
        try Data((words.map(ShellQuoting.quote).joined(separator: " \\\n  ") + "\n").utf8).write(to: file)
        let result = try HostTool().run([
            try qemuCmdBinary().path, "boot", file.path, "--kernel", "/boot/vmlinuz-" + release, "--modules", "/lib/modules/" + release,
        ])
        let report = String(decoding: result.standardOutput, as: UTF8.self)
        #expect(result.status == 1, "\(report)\n\(result.standardError)")
        #expect(report.contains("Linux did not find cxl-pmem0 (serial 0x1)"), "\(report)")
        #expect(report.contains("pcie.0"))
        #expect(report.contains("Linux \(release) "))
    }
}
