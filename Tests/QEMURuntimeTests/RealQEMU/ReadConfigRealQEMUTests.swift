import Foundation
import QEMUCommand
import QEMURuntime
import Testing

/// A `-readconfig` file written by qemu-cmd gives QEMU 7.2 the same machine as the command line.
@Suite("-readconfig in real QEMU", .serialized)
struct ReadConfigRealQEMUTests {
    static let machine = QEMUCommandLine(program: "qemu-system-x86_64") {
        QEMU.flag("S")
        QEMU.flag("nodefaults")
        QEMU.display("none")
        QEMU.accel("tcg")
        QEMU.machine("q35", ["usb": false])
        QEMU.memory(.mebibytes(512), slots: 2, maxSize: .gibibytes(1))
        QEMU.smp(2, ["sockets": 2])
        QEMU.name("cfg-guest")
        QEMU.object("memory-backend-ram", id: "m0", ["size": .size(.mebibytes(128))])
        QEMU.device("pc-dimm", id: "dimm0", ["memdev": .id("m0")])
        QEMU.object("rng-random", id: "rng0", ["filename": "/dev/urandom"])
        QEMU.device("virtio-rng-pci", id: "vrng0", ["rng": .id("rng0"), "max-bytes": 2048])
        QEMU.netdev("user", id: "n0")
        QEMU.device("virtio-net-pci", id: "nic0", ["netdev": .id("n0"), "mac": "52:54:00:aa:bb:cc"])
        QEMU.device("pcie-root-port", id: "rp1", ["chassis": 1, "bus": "pcie.0"])
        QEMU.drive(id: "nv0", ["driver": "null-co", "if": "none"])
        QEMU.device("nvme", id: "nvme0", ["drive": .id("nv0"), "serial": "cfg0001", "bus": "rp1"])
        QEMU.chardev("null", id: "c0")
        QEMU.device("virtio-serial-pci", id: "vser0")
        QEMU.device("virtconsole", id: "vcon0", ["chardev": .id("c0")])
    }

    static let queries: [QEMUObservation.Query] = [
        .command("query-memory-size-summary"), .command("query-pci"), .command("query-hotpluggable-cpus"), .command("query-name"),
        .monitor("info qtree"), .property(path: "/machine", name: "usb"),
        .property(path: "/machine/peripheral/vrng0", name: "max-bytes"),
        .property(path: "/machine/peripheral/nvme0", name: "serial"),
        .property(path: "/objects/m0", name: "size"),
    ]

    @Test func readconfigFileStartsTheSameMachine() async throws {
        try #require(QEMUTestInstance.isInstalled("qemu-system-x86_64"))
        let split = QEMUConfigConversion.split(Self.machine, configPath: "$DIR/vm.cfg")
        #expect(split.kept.isEmpty, "\(split.kept.map(\.reason))")
        #expect(split.commandLine.options.allSatisfy { !["device", "object", "m", "machine", "drive"].contains($0.name) })
        let config = try QEMUConfigFile(sections: split.sections)
        #expect(config.sections.map(\.group).filter { $0 == "device" }.count == 7)

        let direct = try await QEMUTestInstance.run(Self.machine) { client, _ in
            try await QEMUObservation.observe(Self.queries, on: client)
        }
        let fromFile = try await QEMUTestInstance.run(split.commandLine, files: ["vm.cfg": config.text]) { client, _ in
            try await QEMUObservation.observe(Self.queries, on: client)
        }
        #expect(direct.answers["query-memory-size-summary"]?.contains("\"plugged-memory\":134217728") == true)
        #expect(direct.answers["hmp info qtree"]?.contains("dev: nvme, id \"nvme0\"") == true)
        for query in Self.queries.map(\.description) {
            #expect(fromFile.answers[query] == direct.answers[query], "\(query) differs")
        }
    }

    @Test func readconfigFileReadBackGivesTheSameOptions() throws {
        let split = QEMUConfigConversion.split(Self.machine, configPath: "vm.cfg")
        let text = try QEMUConfigFile(sections: split.sections).text
        let reread = try QEMUConfigFile(parsing: text, fileName: "vm.cfg")
        #expect(reread.text == text)
        let options = try QEMUConfigConversion.options(from: reread, fileName: "vm.cfg")
        let moved = Self.machine.options.filter { QEMUConfigGroup.forOption($0.name) != nil }
        #expect(options.count == moved.count)
        for (back, original) in zip(options, moved) {
            #expect(back.name == original.name)
            #expect(try QEMUConfigConversion.section(for: back).get() == QEMUConfigConversion.section(for: original).get())
        }
    }
}
