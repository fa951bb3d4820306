import QEMUCommand
import QEMURuntime

/// Realistic machines written with the DSL; `$DIR` stands for the test's private directory.
enum DSLMachines {
    /// The options every test machine starts with: paused, no default devices, no display, TCG.
    static func base(_ machine: QEMUOption) -> [QEMUOption] {
        [QEMU.flag("S"), QEMU.flag("nodefaults"), QEMU.display("none"), QEMU.accel("tcg"), machine]
    }

    /// The CXL example in its QEMU 7.2 form (cxl-examples.md): one host bridge, root port, type 3 device.
    static let cxl = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35", ["cxl": true]))
        QEMU.memory(.gibibytes(1), slots: 8, maxSize: .gibibytes(4))
        QEMU.smp(2)
        for name in ["cxl-mem1", "cxl-lsa1"] {
            QEMU.object("memory-backend-file", id: QEMUID(name), [
                "share": true, "mem-path": .string("$DIR/\(name).raw"), "size": .size(.mebibytes(256)),
            ])
        }
        QEMU.device("pxb-cxl", id: "cxl.1", ["bus_nr": 12, "bus": "pcie.0"])
        QEMU.device("cxl-rp", id: "root_port13", ["port": 0, "bus": "cxl.1", "chassis": 0, "slot": 2])
        QEMU.device("cxl-type3", id: "cxl-pmem0", ["bus": "root_port13", "memdev": .id("cxl-mem1"), "lsa": .id("cxl-lsa1")])
        QEMUOption("machine", [
            "cxl-fmw": [.properties(["targets": ["cxl.1"], "size": .size(.gibibytes(4)), "interleave-granularity": .size(.kibibytes(8))])],
        ])
    }

    /// A virtio disk and user networking with a port forward bound to 127.0.0.1.
    static func virtioDiskUserNet(hostPort: Int) -> QEMUCommandLine {
        QEMUCommandLine(program: "qemu-system-x86_64") {
            base(QEMU.machine("q35"))
            QEMU.memory(.mebibytes(256))
            QEMU.drive(id: "disk0", ["file": "$DIR/disk.img", "format": "raw", "if": "none"])
            QEMU.device("virtio-blk-pci", id: "vblk0", ["drive": .id("disk0"), "bootindex": 1])
            QEMU.netdev("user", id: "net0", ["hostfwd": [.string("tcp:127.0.0.1:\(hostPort)-:22")]])
            QEMU.device("virtio-net-pci", id: "nic0", ["netdev": .id("net0"), "mac": "52:54:00:12:34:56"])
        }
    }

    /// A 9p share of the private directory with `-virtfs`.
    static let ninePShare = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("pc"))
        QEMU.memory(.mebibytes(256))
        QEMU.virtfs("local", ["path": "$DIR", "mount_tag": "share0", "security_model": "none", "id": "fs0"])
    }

    /// Two NUMA nodes, each with its own RAM backend and CPU, and a distance between them.
    static let twoNodeNUMA = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35"))
        QEMU.memory(.mebibytes(512))
        QEMU.smp(2, ["sockets": 2])
        for node in 0..<2 {
            QEMU.object("memory-backend-ram", id: QEMUID("ram\(node)"), ["size": .size(.mebibytes(256))])
            QEMU.numa("node", ["nodeid": .integer(Int64(node)), "memdev": .id(QEMUID("ram\(node)")), "cpus": .string("\(node)")])
        }
        QEMU.numa("dist", ["src": 0, "dst": 1, "val": 20])
    }

    /// q35 with two PCIe root ports and an NVMe controller behind one of them.
    static let q35NVMe = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35"))
        QEMU.memory(.mebibytes(256))
        for port in 1...2 {
            QEMU.device("pcie-root-port", id: QEMUID("rp\(port)"), [
                "bus": "pcie.0", "chassis": .integer(Int64(port)), "port": .integer(Int64(port)), "addr": .string("0x\(port + 1)"),
            ])
        }
        QEMU.drive(id: "nvm0", ["file": "$DIR/disk.img", "format": "raw", "if": "none"])
        QEMU.device("nvme", id: "nvme0", ["drive": .id("nvm0"), "serial": "deadbeef", "bus": "rp1"])
    }

    /// An aarch64 `virt` machine with GICv3 and two Cortex-A57 CPUs.
    static let aarch64Virt = QEMUCommandLine(program: "qemu-system-aarch64") {
        base(QEMU.machine("virt", ["gic-version": "3"]))
        QEMU.cpu("cortex-a57")
        QEMU.memory(.mebibytes(512))
        QEMU.smp(2)
        QEMU.device("virtio-rng-pci", id: "rng0")
    }

    /// A virtio console on a socket chardev, with a port name holding a comma (escaped by the tree).
    static let virtioConsole = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35"))
        QEMU.memory(.mebibytes(256))
        QEMU.chardev("socket", id: "con0", ["path": "$DIR/console.sock", "server": true, "wait": false])
        QEMU.device("virtio-serial-pci", id: "vser0")
        QEMU.device("virtconsole", id: "vcon0", ["chardev": .id("con0"), "name": "org.example,console=1"])
    }

    /// Memory hotplug: slots and maxmem, plus a DIMM plugged at start.
    static let hotplugMemory = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("pc"))
        QEMU.memory(.mebibytes(512), slots: 4, maxSize: .gibibytes(2))
        QEMU.object("memory-backend-ram", id: "dimm0mem", ["size": .size(.mebibytes(256))])
        QEMU.device("pc-dimm", id: "dimm0", ["memdev": .id("dimm0mem")])
    }

    /// Entropy and ballooning devices with their backends.
    static let rngBalloon = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35"))
        QEMU.memory(.mebibytes(256))
        QEMU.object("rng-random", id: "rng0", ["filename": "/dev/urandom"])
        QEMU.device("virtio-rng-pci", id: "vrng0", ["rng": .id("rng0"), "max-bytes": 1024, "period": 1000])
        QEMU.device("virtio-balloon-pci", id: "balloon0")
    }

    /// JSON `-blockdev` and `-device` arguments built from the same typed properties.
    static let jsonDevices = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35"))
        QEMU.memory(.mebibytes(256))
        QEMU.blockdev("null-co", nodeName: "null0", ["size": .size(.mebibytes(64))], json: true)
        QEMU.device("virtio-blk-pci", id: "vblk0", ["drive": .id("null0"), "serial": "json \"disk\""], json: true)
    }

    /// An i440fx PC with an e1000 NIC, a guest name holding commas, and a 2×2 CPU topology.
    static let namedPC = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("pc"))
        QEMU.name("guest,with,commas")
        QEMU.memory(.mebibytes(256))
        QEMU.smp(4, ["sockets": 2, "cores": 2, "threads": 1])
        QEMU.netdev("user", id: "n0", ["restrict": true])
        QEMU.device("e1000", id: "e0", ["netdev": .id("n0")])
    }

    /// The CXL example again, written with the typed model's builders inside the DSL.
    static let typedCXL = QEMUCommandLine(program: "qemu-system-x86_64") {
        base(QEMU.machine("q35", ["cxl": true]))
        QEMUMemory(size: .gibibytes(1), slots: 8, maxSize: .gibibytes(4))
        QEMUObject.memoryBackendFile(id: "cxl-mem1", size: .mebibytes(256), memPath: "$DIR/cxl-mem1.raw", share: QEMUBool(true))
        QEMUObject.memoryBackendFile(id: "cxl-lsa1", size: .mebibytes(256), memPath: "$DIR/cxl-lsa1.raw", share: QEMUBool(true))
        QEMUDevice.pxbCXL(id: "cxl.1", busNumber: 12)
        QEMUDevice.cxlRootPort(id: "root_port13", bus: "cxl.1", port: 0, chassis: 0, slot: 2)
        QEMUDevice.cxlType3(id: "cxl-pmem0", bus: "root_port13", memdev: "cxl-mem1", lsa: "cxl-lsa1")
        QEMUOption("machine", ["cxl-fmw": [.properties(["targets": ["cxl.1"], "size": .size(.gibibytes(4))])]])
    }
}
