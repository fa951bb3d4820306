import Foundation
import QEMUCommand
import Testing
import Yams

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

    @Test("-global shorthand and -set read typed; the long -global form stays untyped and prints back")
    func globalAndSet() {
        let model = Self.model("-global ICH9-LPC.noreboot=off -global driver=cfi.pflash01,property=secure,value=on -set device.nic0.mac=52:54:00:12:34:56")
        #expect(model.globals == [QEMUGlobal(driver: "ICH9-LPC", property: "noreboot", value: "off")])
        #expect(model.sets == [QEMUSetOption(group: "device", id: "nic0", key: "mac", value: "52:54:00:12:34:56")])
        #expect(model.untypedOptions.map(\.name) == ["global"])
        #expect(model.argv.count == 7)
        #expect(model.argv[4] == "driver=cfi.pflash01,property=secure,value=on")
    }

    @Test("-numa nodes, distances and HMAT entries read typed")
    func numa() {
        let model = Self.model("""
            -numa node,nodeid=0,cpus=0-1,cpus=4,memdev=m0 -numa node,nodeid=1,initiator=0 -numa dist,src=0,dst=1,val=20 \
            -numa hmat-lb,initiator=0,target=1,hierarchy=memory,data-type=access-bandwidth,bandwidth=200M \
            -numa hmat-cache,node-id=1,size=10K,level=1,associativity=direct,policy=write-back,line=8
            """)
        #expect(model.numa.map(\.type) == ["node", "node", "dist", "hmat-lb", "hmat-cache"])
        #expect(model.numa[0].cpus == ["0-1", "4"])
        #expect(model.numa[1] == .node(1, initiator: 0))
        #expect(model.numa[2] == .distance(from: 0, to: 1, value: 20))
        #expect(model.numa[3].bandwidth == QEMUSize(bytes: 200 << 20))
        #expect(model.numa[4].size == QEMUSize(bytes: 10 << 10))
        #expect(model.numa[4].nodeID == 1)
        #expect(model.numa[4].properties.isEmpty)
    }

    @Test("a YAML description may write sizes and booleans as QEMU does")
    func yamlDescription() throws {
        let yaml = """
            program: qemu-system-x86_64
            machine:
              type: q35
              cxl: on
              cxlFixedMemoryWindows:
                - targets: [cxl.1]
                  size: 4G
                  interleaveGranularity: 8k
            memory: {size: 8G, slots: 8, maxSize: 32G}
            """
        let model = try YAMLDecoder().decode(QEMUVirtualMachine.self, from: yaml)
        #expect(Array(model.argv.dropFirst()) == [
            "-machine", "q35,cxl=on,cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8K",
            "-m", "8G,slots=8,maxmem=32G",
        ])
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

/// Typed families for display, sharing, monitors and the other host-side options.
@Suite("Typed host-side families")
struct TypedHostFamilyTests {
    @Test("display, 9p shares, monitors, name, rtc and Xen options read typed")
    func hostSideOptions() throws {
        let model = QEMUVirtualMachine.parse(shellText: """
            qemu-system-x86_64 -display gtk,gl=on,full-screen=on -vnc :1,password=on \
              -virtfs local,path=/srv/share,mount_tag=share,security_model=mapped-xattr,id=fs0,readonly=on \
              -chardev socket,id=qmp0,path=/run/qmp.sock,server=on,wait=off -mon chardev=qmp0,mode=control,pretty=on \
              -name guest=vm1,debug-threads=on -rtc base=utc,clock=host -overcommit mem-lock=off,cpu-pm=on \
              -sandbox on,spawn=deny -msg timestamp=on -icount shift=auto,sleep=off -vga std -nographic \
              -xen-domid 5 -xen-attach
            """).model
        #expect(model.display?.type == "gtk")
        #expect(model.display?.fullScreen == QEMUBool(true))
        #expect(model.vnc?.display == ":1")
        #expect(model.virtFS.first?.mountTag == "share")
        #expect(model.virtFS.first?.readOnly == QEMUBool(true))
        #expect(model.monitors.first?.chardev == "qmp0")
        #expect(model.monitors.first?.pretty == QEMUBool(true))
        #expect(model.guestName?.guest == "vm1")
        #expect(model.rtc?.clock == "host")
        #expect(model.overcommit?.cpuPM == QEMUBool(true))
        #expect(model.sandbox?.enable == QEMUBool(true))
        #expect(model.message?.timestamp == QEMUBool(true))
        #expect(model.icount?.shift == "auto")
        #expect(model.vga == "std")
        #expect(model.nographic)
        #expect(model.xenDomainID == "5")
        #expect(model.xenAttach)
        #expect(model.untypedOptions.isEmpty && model.settingsOptions.isEmpty)
    }
}
