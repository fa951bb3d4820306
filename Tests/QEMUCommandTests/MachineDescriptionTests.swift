import Foundation
import Testing
@testable import QEMUCommand

/// Descriptions build command lines, and `extends:` merges as docs/machine-description.md says.
@Suite("Machine descriptions")
struct MachineDescriptionTests {
    static let examples = SharedCorpus.packageRoot.appendingPathComponent("examples/machines")

    private static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func load(_ name: String) throws -> QEMUVirtualMachine {
        try QEMUMachineDescription.load(path: Self.examples.appendingPathComponent(name).path, readFile: Self.read)
    }

    @Test func baseExampleBuilds() throws {
        let base = try load("base.yaml")
        #expect(base.program == "qemu-system-x86_64")
        #expect(base.memory?.size == .gibibytes(1))
        #expect(base.devices.compactMap(\.id) == ["nic0", "vrng0"])
        #expect(base.argv.contains("user,id=net0,hostfwd=tcp:127.0.0.1:2222-:22"))
    }

    @Test func listsLeftOutAreEmpty() throws {
        let text = "program: qemu-system-x86_64\nnetdevs:\n  - {type: user, id: n0}\nnuma:\n  - {type: node, nodeID: 0}\n"
        let machine = try QEMUMachineDescription.machine(fromText: text, fileName: "vm.yaml")
        #expect(machine.netdevs.first?.hostForwards == [])
        #expect(machine.argv == ["qemu-system-x86_64", "-numa", "node,nodeid=0", "-netdev", "user,id=n0"])
    }

    @Test func extendingChangesRemovesAndAppends() throws {
        let dev = try load("dev.yaml")
        #expect(dev.memory?.size == .gibibytes(4))
        #expect(dev.devices.compactMap(\.id) == ["nic0"])
        #expect(dev.argv.contains("user,id=net0,hostfwd=tcp:127.0.0.1:2222-:22,hostfwd=tcp:127.0.0.1:8080-:80"))
        #expect(dev.argv.contains("-S"))
        #expect(dev.argv.contains("-nodefaults"))
        #expect(dev.argv.contains("local,path=/tmp,mount_tag=src,security_model=none"))
    }

    @Test func jsonExampleBuildsTheCXLMachine() throws {
        let cxl = try load("cxl.json")
        #expect(cxl.machine?.cxl == QEMUBool(true))
        #expect(cxl.machine?.cxlFixedMemoryWindows?.first?.size == .gibibytes(4))
        #expect(cxl.devices.map(\.driver) == ["pxb-cxl", "cxl-rp", "cxl-type3"])
    }

    private func loadFiles(_ files: [String: String], _ main: String) throws -> QEMUVirtualMachine {
        try QEMUMachineDescription.load(path: "/d/" + main) { path in
            guard let text = files[String(path.dropFirst(3))] else { throw CocoaError(.fileNoSuchFile) }
            return text
        }
    }

    @Test func nullRemovesAKeyAndListsOfBasesMergeInOrder() throws {
        let files = [
            "a.yaml": "program: qemu-system-x86_64\nmemory: {size: 1G, slots: 2, maxSize: 4G}\nflags: [-S]\n",
            "b.yaml": "memory: {size: 2G}\nflags: [-nodefaults]\n",
            "c.yaml": "extends: [a.yaml, b.yaml]\nmemory: {maxSize: null, slots: null}\n",
        ]
        let machine = try loadFiles(files, "c.yaml")
        #expect(machine.argv == ["qemu-system-x86_64", "-m", "2G", "-S", "-nodefaults"])
    }

    @Test func loopsAndMissingFilesAreReported() throws {
        let files = ["a.yaml": "extends: b.yaml\n", "b.yaml": "extends: a.yaml\n", "c.yaml": "extends: nowhere.yaml\n"]
        #expect { try loadFiles(files, "a.yaml") } throws: { ($0 as? Diagnostic)?.message.contains("loops") == true }
        #expect { try loadFiles(files, "c.yaml") } throws: { ($0 as? Diagnostic)?.message.contains("cannot read") == true }
    }

    @Test func badMembersNameTheirPath() throws {
        #expect {
            try QEMUMachineDescription.machine(fromText: "memory: {size: lots}\n", fileName: "vm.yaml")
        } throws: { error in
            (error as? Diagnostic)?.message.contains("memory.size") == true
        }
    }

    @Test func convertedDescriptionBuildsTheSameOptions() throws {
        let parsed = QEMUCommandLine.parse(shellText: "qemu-system-x86_64 -machine q35,cxl=on -m 1G -device virtio-rng-pci,id=r0,max-bytes=1024")
        let machine = QEMUVirtualMachine(parsed.commandLine)
        for json in [false, true] {
            let text = try QEMUMachineDescription.text(of: machine, json: json)
            #expect(!text.contains("typedItems"))
            #expect(try QEMUMachineDescription.machine(fromText: text).argv == parsed.commandLine.argv)
        }
    }
}

@Suite("Machine description syntax errors")
struct MachineDescriptionSyntaxErrorTests {
    @Test func yamlErrorsArePositioned() {
        #expect {
            try QEMUMachineDescription.machine(fromText: "memory:\n  size: 1G\n devices: [\n", fileName: "vm.yaml")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.range.start.line > 1 && diagnostic.ruleID == "description.invalid"
        }
    }
}
