import PropertyBased
import Testing
@testable import QEMUCommand

/// The DSL builds the argv people expect, with `if`, `for` and optionals, and every value reads
/// back from the argv as it was given.
@Suite("Command-line DSL")
struct QEMUCommandLineBuilderTests {
    @Test func controlFlowAndOptionals() {
        func machine(ports: Int, headless: Bool, share: String?) -> QEMUCommandLine {
            QEMUCommandLine(program: "qemu-system-x86_64") {
                QEMU.machine("q35", ["accel": "tcg"])
                QEMU.memory(.gibibytes(2))
                for port in 1...ports {
                    QEMU.device("pcie-root-port", id: QEMUID("rp\(port)"), ["chassis": .integer(Int64(port))])
                }
                if headless {
                    QEMU.display("none")
                } else {
                    QEMU.display("gtk")
                }
                share.map { QEMU.virtfs("local", ["path": .string($0), "mount_tag": "share"]) }
            }
        }
        #expect(machine(ports: 2, headless: true, share: nil).argv == [
            "qemu-system-x86_64", "-machine", "q35,accel=tcg", "-m", "2G",
            "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=2", "-display", "none",
        ])
        #expect(machine(ports: 1, headless: false, share: "/srv/a,b").arguments.suffix(4) == [
            "-display", "gtk", "-virtfs", "local,path=/srv/a,,b,mount_tag=share",
        ])
    }

    @Test func typedValuesPrintAsQEMUReadsThem() {
        let line = QEMUCommandLine(program: nil) {
            QEMU.memory(QEMUSize(bytes: 1000), slots: 2, maxSize: .gibibytes(8))
            QEMU.object("memory-backend-ram", id: "m0", ["size": .size(.mebibytes(1536)), "share": true, "prealloc": false])
            QEMU.netdev("user", id: "n0", ["hostfwd": ["tcp:127.0.0.1:2222-:22", "tcp:127.0.0.1:8080-:80"]])
            QEMUOption("machine", ["cxl-fmw": [.properties(["targets": ["cxl.1", "cxl.2"], "size": .size(.gibibytes(4))])]])
            QEMU.device("virtio-blk-pci", id: "b0", ["drive": .id("d0"), "serial": "s\"1"], json: true)
        }
        #expect(line.arguments == [
            "-m", "1000B,slots=2,maxmem=8G",
            "-object", "memory-backend-ram,id=m0,size=1536M,share=on,prealloc=off",
            "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:2222-:22,hostfwd=tcp:127.0.0.1:8080-:80",
            "-machine", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.targets.1=cxl.2,cxl-fmw.0.size=4G",
            "-device", #"{"driver":"virtio-blk-pci","id":"b0","drive":"d0","serial":"s\"1"}"#,
        ])
    }

    @Test func shellTextRunsTheSameArgv() {
        let line = QEMUCommandLine(program: "qemu-system-x86_64") {
            QEMU.name("it's a guest")
            QEMU.append("console=ttyS0 root=/dev/vda")
        }
        #expect(QEMUCommandLine.parse(shellText: line.shellText).commandLine.argv == line.argv)
    }

    @Test func typedModelOptionsComposeWithTheDSL() {
        let machine = QEMUVirtualMachine(program: "qemu-system-x86_64") {
            QEMUMemory(size: .gibibytes(1))
            QEMUDevice("virtio-rng-pci", id: "rng0")
            QEMU.flag("S")
        }
        #expect(machine.argv == ["qemu-system-x86_64", "-m", "1G", "-device", "virtio-rng-pci,id=rng0", "-S"])
        #expect(machine.memory?.size == .gibibytes(1))
        #expect(machine.devices.map(\.driver) == ["virtio-rng-pci"])
    }

    @Test func identifiersAreChecked() {
        #expect(QEMUID("rp1").isWellFormed)
        #expect(!QEMUID("0rp").isWellFormed)
        #expect(!QEMUID("a,b").isWellFormed)
        #expect(throws: Diagnostic.self) { try QEMUID(validating: "") }
    }

    static let awkward: [Character] = ["a", "Z", "0", ",", ",", "=", "=", ".", "-", "'", "\"", "\\", " ", "é", "日", "😀", "{", "}"]
    static let text = Gen<Character?>.element(of: awkward).map { $0 ?? "a" }.string(of: 0...8)

    /// Values with commas, `=`, spaces, quotes and non-ASCII reach QEMU's parsers unchanged.
    @Test func valuesReadBackThroughEverySyntax() async {
        await propertyCheck(count: 3_000, input: Self.text, Self.text, Gen.bool) { serial, tag, json in
            let line = QEMUCommandLine(program: nil) {
                QEMU.device("virtio-blk-pci", id: "b0", ["serial": .string(serial)], json: json)
                QEMU.machine("q35", ["tag": .string(tag)])
            }
            let reparsed = QEMUCommandLine.parse(argv: line.arguments).commandLine.options
            switch reparsed[0].argument?.syntax {
            case .qemuOpts(let tree): #expect(tree.value(forKey: "serial") == serial)
            case .json(let tree): #expect(tree.value["serial"]?.stringValue == serial)
            default: Issue.record("unexpected syntax for \(line.arguments)")
            }
            guard case .keyval(let tree)? = reparsed[1].argument?.syntax else {
                Issue.record("-machine did not read as keyval: \(line.arguments)")
                return
            }
            #expect(tree.value(forKey: "tag") == tag)
            #expect(tree.value(forKey: "type") == "q35")
        }
    }
}

/// A component as the DocC article shows it: two options contributed by one value.
private struct UserNetwork: QEMUCommandLineComponent {
    var sshPort: Int
    var items: [QEMUCommandLineItem] {
        QEMU.netdev("user", id: "n0", ["hostfwd": [.string("tcp:127.0.0.1:\(sshPort)-:22")]])
        QEMU.device("virtio-net-pci", id: "nic0", ["netdev": .id("n0")])
    }
}

@Suite("Command-line DSL components")
struct QEMUCommandLineComponentTests {
    @Test func componentContributesItsOptionsInPlace() {
        let line = QEMUCommandLine(program: nil) {
            QEMU.machine("q35")
            UserNetwork(sshPort: 2200)
            QEMU.flag("S")
        }
        #expect(line.arguments == [
            "-machine", "q35", "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:2200-:22",
            "-device", "virtio-net-pci,id=nic0,netdev=n0", "-S",
        ])
    }
}
