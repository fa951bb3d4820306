import Foundation
import QEMUCommand
import QEMURuntime
import Testing

/// Machines built with the DSL start in the real QEMU of their target (`-S`) and answer QMP with
/// the devices, sizes and values they were built with.
@Suite("DSL machines in real QEMU", .serialized)
struct DSLMachineTests {
    private static let disk = ["disk.img": String(repeating: "\0", count: 1 << 20)]

    private func start<T: Sendable>(
        _ commandLine: QEMUCommandLine, files: [String: String] = [:], _ body: (QMPClient) async throws -> T
    ) async throws -> T {
        let program = commandLine.program ?? "qemu-system-x86_64"
        try #require(QEMUTestInstance.isInstalled(program), "\(program) is not installed (.ci/run installs it)")
        return try await QEMUTestInstance.run(commandLine, files: files) { client, _ in
            let status = try await client.queryStatus()
            #expect(status.status == .prelaunch)
            #expect(!status.running)
            return try await body(client)
        }
    }

    private func type(_ client: QMPClient, _ id: String) async throws -> String? {
        try await client.qomGet(path: "/machine/peripheral/\(id)", property: "type").stringValue
    }

    static let all: [QEMUCommandLine] = [
        DSLMachines.cxl, DSLMachines.virtioDiskUserNet(hostPort: 2222), DSLMachines.ninePShare, DSLMachines.twoNodeNUMA,
        DSLMachines.q35NVMe, DSLMachines.aarch64Virt, DSLMachines.virtioConsole, DSLMachines.hotplugMemory,
        DSLMachines.rngBalloon, DSLMachines.jsonDevices, DSLMachines.namedPC, DSLMachines.typedCXL,
    ]

    /// The DSL builds the very syntax trees the parser reads from its argv, so a built machine
    /// and a parsed one compare equal and print the same.
    @Test func dslBuildsTheTreesTheParserReads() {
        for machine in Self.all {
            let parsed = QEMUCommandLine.parse(argv: machine.argv)
            #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
            #expect(parsed.commandLine == machine, "\(machine.argv)")
        }
    }

    @Test func cxlExample() async throws {
        try await start(DSLMachines.cxl) { client async throws in
            #expect(try await type(client, "cxl-pmem0") == "cxl-type3")
            #expect(try await client.qomGet(path: "/machine", property: "cxl").boolValue == true)
            let windows = try await client.qomGet(path: "/machine", property: "cxl-fmw")
            #expect(windows.arrayValue?.first?["size"]?.uint64 == 4 << 30)
        }
    }

    @Test func cxlFromTypedModelBuilders() async throws {
        try await start(DSLMachines.typedCXL) { client async throws in
            #expect(try await type(client, "cxl-pmem0") == "cxl-type3")
            #expect(try await client.qomGet(path: "/objects/cxl-mem1", property: "size").uint64 == 256 << 20)
            let machine = QEMUVirtualMachine(DSLMachines.typedCXL)
            #expect(machine.devices.map(\.driver) == ["pxb-cxl", "cxl-rp", "cxl-type3"])
        }
    }

    @Test func virtioDiskAndUserNetworkWithPortForward() async throws {
        let port = Int.random(in: 20000...40000)
        try await start(DSLMachines.virtioDiskUserNet(hostPort: port), files: Self.disk) { client async throws in
            #expect(try await type(client, "vblk0") == "virtio-blk-pci")
            #expect(try await client.qomGet(path: "/machine/peripheral/nic0", property: "mac").stringValue == "52:54:00:12:34:56")
            let usernet = try await client.humanMonitorCommand("info usernet")
            #expect(usernet.contains("127.0.0.1") && usernet.contains(String(port)))
        }
    }

    @Test func ninePShareWithVirtfs() async throws {
        try await start(DSLMachines.ninePShare) { client async throws in
            let tree = try await client.humanMonitorCommand("info qtree")
            #expect(tree.contains("virtio-9p-pci"))
            #expect(tree.contains("mount_tag = \"share0\""))
        }
    }

    @Test func twoNodeNUMA() async throws {
        try await start(DSLMachines.twoNodeNUMA) { client async throws in
            let cpus = try await client.execute("query-cpus-fast").arrayValue ?? []
            let nodes = cpus.compactMap { $0["props"]?["node-id"]?.intValue }.sorted()
            #expect(nodes == [0, 1])
            let memdevs = try await client.execute("query-memdev").arrayValue ?? []
            #expect(memdevs.count == 2)
        }
    }

    @Test func q35WithRootPortsAndNVMe() async throws {
        try await start(DSLMachines.q35NVMe, files: Self.disk) { client async throws in
            #expect(try await type(client, "nvme0") == "nvme")
            #expect(try await type(client, "rp2") == "pcie-root-port")
            #expect(try await client.qomGet(path: "/machine/peripheral/nvme0", property: "serial").stringValue == "deadbeef")
        }
    }

    @Test func aarch64Virt() async throws {
        try await start(DSLMachines.aarch64Virt) { client async throws in
            let target = try await client.execute("query-target")
            #expect(target["arch"]?.stringValue == "aarch64")
            let cpus = try await client.execute("query-cpus-fast").arrayValue ?? []
            #expect(cpus.count == 2)
            #expect(try await type(client, "rng0") == "virtio-rng-pci")
        }
    }

    @Test func virtioConsoleNameKeepsItsComma() async throws {
        try await start(DSLMachines.virtioConsole) { client async throws in
            #expect(try await client.qomGet(path: "/machine/peripheral/vcon0", property: "name").stringValue == "org.example,console=1")
        }
    }

    @Test func memoryHotplugDIMM() async throws {
        try await start(DSLMachines.hotplugMemory) { client async throws in
            let summary = try await client.execute("query-memory-size-summary")
            #expect(summary["base-memory"]?.uint64 == 512 << 20)
            #expect(summary["plugged-memory"]?.uint64 == 256 << 20)
        }
    }

    @Test func entropyAndBalloon() async throws {
        try await start(DSLMachines.rngBalloon) { client async throws in
            #expect(try await client.qomGet(path: "/machine/peripheral/vrng0", property: "max-bytes").uint64 == 1024)
            #expect(try await type(client, "balloon0") == "virtio-balloon-pci")
        }
    }

    @Test func jsonBlockdevAndDevice() async throws {
        #expect(DSLMachines.jsonDevices.arguments.contains { $0.hasPrefix("{\"driver\":\"virtio-blk-pci\"") })
        try await start(DSLMachines.jsonDevices) { client async throws in
            #expect(try await client.qomGet(path: "/machine/peripheral/vblk0", property: "serial").stringValue == "json \"disk\"")
        }
    }

    @Test func namedPCWithTopology() async throws {
        try await start(DSLMachines.namedPC) { client async throws in
            #expect(try await client.execute("query-name")["name"]?.stringValue == "guest,with,commas")
            let cpus = try await client.execute("query-cpus-fast").arrayValue ?? []
            #expect(cpus.count == 4)
            #expect(Set(cpus.compactMap { $0["props"]?["socket-id"]?.intValue }) == [0, 1])
        }
    }
}

extension QMPValue {
    /// An unsigned integer reply, whether QMP sent it as signed or unsigned.
    var uint64: UInt64? {
        switch self {
        case .int(let value): UInt64(exactly: value)
        case .uint(let value): value
        default: nil
        }
    }
}
