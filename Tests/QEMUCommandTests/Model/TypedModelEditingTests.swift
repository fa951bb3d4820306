import Foundation
import QEMUCommand
import Testing

/// Lossless reading and canonical printing of typed options.
@Suite("Typed model editing and printing")
struct TypedModelEditingTests {
    static func model(_ text: String) -> QEMUVirtualMachine {
        QEMUVirtualMachine.parse(shellText: "qemu-system-x86_64 " + text).model
    }

    @Test("an unchanged option prints exactly as written: spelling, short booleans, escapes, key order")
    func unchangedPrintsAsWritten() {
        let text = "-M q35,usb=on,x-unknown=a,,b -device virtio-net-pci,netdev=n0,id=nic0,share -m size=1024M"
        let model = Self.model(text)
        #expect(model.argv == ["qemu-system-x86_64"] + ["-M", "q35,usb=on,x-unknown=a,,b", "-device", "virtio-net-pci,netdev=n0,id=nic0,share", "-m", "size=1024M"])
    }

    @Test("a changed option prints canonically in its spelling and notation, keeping unknown keys in order")
    func changedPrintsCanonically() throws {
        var model = Self.model("-M q35,x-b=2,usb=on,x-a=1 --device '{\"driver\":\"e1000\",\"zeta\":1,\"alpha\":true}'")
        guard case .machine(var machine) = model.items[0], case .device(var device) = model.items[1] else {
            Issue.record("expected a machine and a device")
            return
        }
        machine.usb = QEMUBool(false)
        device.id = "nic1"
        model.items = [.machine(machine), .device(device)]
        #expect(Array(model.argv.dropFirst()) == ["-M", "q35,usb=off,x-b=2,x-a=1", "--device", "{\"driver\":\"e1000\",\"id\":\"nic1\",\"zeta\":1,\"alpha\":true}"])
    }

    @Test("a model built in code prints in canonical form")
    func builtInCode() {
        let model = QEMUVirtualMachine(program: "qemu-system-x86_64", items: [
            .machine(QEMUMachine(type: "q35", cxl: QEMUBool(true), cxlFixedMemoryWindows: [
                QEMUCXLFixedMemoryWindow(targets: ["cxl.1", "cxl.2"], size: QEMUSize(bytes: 4 << 30), interleaveGranularity: QEMUSize(bytes: 8192)),
            ])),
            .memory(QEMUMemory(size: QEMUSize(bytes: 8 << 30), slots: 8, maxSize: QEMUSize(bytes: 32 << 30))),
            .device(QEMUDevice("cxl-type3", id: "cxl-pmem0", bus: "root_port13", properties: [QEMUProperty("memdev", "cxl-mem1")])),
            .value(QEMUValueOption("append", "console=ttyS0 root=/dev/vda,rw")),
            .flag(QEMUFlag("nodefaults")),
        ])
        #expect(model.argv == [
            "qemu-system-x86_64",
            "-machine", "q35,cxl=on,cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.targets.1=cxl.2,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8K",
            "-m", "8G,slots=8,maxmem=32G",
            "-device", "cxl-type3,id=cxl-pmem0,bus=root_port13,memdev=cxl-mem1",
            "-append", "console=ttyS0 root=/dev/vda,rw",
            "-nodefaults",
        ])
    }

    @Test("an option whose typed value does not read stays reachable and prints back")
    func unreadableStaysUntyped() {
        let model = Self.model("-device id=x -m 1Q -frobnicate yes")
        #expect(model.untypedOptions.map(\.name) == ["device", "frobnicate"])
        #expect(model.memory?.size == nil)
        #expect(model.memory?.properties == [QEMUProperty("size", "1Q")])
        #expect(Array(model.argv.dropFirst()) == ["-device", "id=x", "-m", "1Q", "-frobnicate", "yes"])
    }

    @Test("a typed key with a value of the wrong type is kept as a property")
    func wrongTypeKept() throws {
        let machine = try #require(Self.model("-machine q35,cxl=maybe").machine)
        #expect(machine.cxl == nil)
        #expect(machine.properties == [QEMUProperty("cxl", "maybe")])
    }

    @Test("user networking reads host forwards as typed rules")
    func hostForwards() throws {
        let netdev = try #require(Self.model("-netdev user,id=n0,hostfwd=tcp:127.0.0.1:2222-:22,hostfwd=udp::5353-10.0.2.15:53,restrict=on").netdevs.first)
        #expect(netdev.hostForwards == [
            QEMUHostForward(transport: "tcp", hostAddress: "127.0.0.1", hostPort: 2222, guestAddress: nil, guestPort: 22),
            QEMUHostForward(transport: "udp", hostAddress: nil, hostPort: 5353, guestAddress: "10.0.2.15", guestPort: 53),
        ])
        #expect(netdev.restrict == QEMUBool(true))
    }

    @Test("a hand-written description without typedItems decodes from the view members")
    func decodesViews() throws {
        let json = """
            {"program": "qemu-system-x86_64", "machine": {"type": "q35", "cxl": "on"},
             "memory": {"size": 1073741824}, "devices": [{"driver": "virtio-rng-pci", "id": "rng0"}],
             "flags": ["nodefaults", "-S"], "kernel": "/boot/vmlinuz"}
            """
        let model = try JSONDecoder().decode(QEMUVirtualMachine.self, from: Data(json.utf8))
        #expect(model.argv == [
            "qemu-system-x86_64", "-machine", "q35,cxl=on", "-m", "1G", "-kernel", "/boot/vmlinuz",
            "-device", "virtio-rng-pci,id=rng0", "-nodefaults", "-S",
        ])
    }
}
