import Foundation
import QEMUCommand
import QEMURuntime
import Testing

/// The example descriptions build machines QEMU 7.2 starts, with what the descriptions say.
@Suite("Example descriptions in real QEMU", .serialized)
struct MachineDescriptionRealQEMUTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/machines")

    /// Host ports the examples forward, replaced by random ones so tests do not collide.
    static let ports = [2222: Int.random(in: 20000...29999), 8080: Int.random(in: 30000...39999)]

    /// Builds an example, paused (`-S`) and with its port forwards moved to random ports.
    private func build(_ name: String) throws -> QEMUCommandLine {
        let machine = try QEMUMachineDescription.load(path: Self.examples.appendingPathComponent(name).path) {
            try String(contentsOfFile: $0, encoding: .utf8)
        }
        let arguments = machine.commandLine.arguments.map { argument in
            Self.ports.reduce(argument) { $0.replacingOccurrences(of: "127.0.0.1:\($1.key)-", with: "127.0.0.1:\($1.value)-") }
        }
        var commandLine = QEMUCommandLine.parse(argv: [machine.program ?? "qemu-system-x86_64"] + arguments).commandLine
        if !arguments.contains("-S") { commandLine.items.append(.option(QEMU.flag("S"))) }
        return commandLine
    }

    @Test func baseStarts() async throws {
        try await QEMUTestInstance.run(try build("base.yaml")) { client, _ async throws in
            #expect(try await client.queryStatus().status == .prelaunch)
            #expect(try await client.qomGet(path: "/machine/peripheral/vrng0", property: "type").stringValue == "virtio-rng-pci")
            #expect(try await client.execute("query-memory-size-summary")["base-memory"]?.uint64 == 1 << 30)
        }
    }

    @Test func devVariantStartsWithItsChanges() async throws {
        try await QEMUTestInstance.run(try build("dev.yaml")) { client, _ async throws in
            #expect(try await client.execute("query-memory-size-summary")["base-memory"]?.uint64 == 4 << 30)
            let tree = try await client.humanMonitorCommand("info qtree")
            #expect(tree.contains("mount_tag = \"src\""))
            #expect(!tree.contains("virtio-rng-pci"))
            #expect(try await client.humanMonitorCommand("info usernet").contains(String(Self.ports[8080] ?? 0)))
        }
    }

    @Test func numaVariantHasTwoNodes() async throws {
        try await QEMUTestInstance.run(try build("numa.yaml")) { client, _ async throws in
            let cpus = try await client.execute("query-cpus-fast").arrayValue ?? []
            #expect(cpus.compactMap { $0["props"]?["node-id"]?.intValue }.sorted() == [0, 1])
            #expect((try await client.execute("query-memdev").arrayValue ?? []).count == 2)
        }
    }
}
