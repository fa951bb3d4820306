/// One command line of the differential suite: a name and the QEMU arguments after the program.
struct DifferentialCase: Sendable {
    /// A stable name, used in the disagreement fixture.
    var name: String
    /// The arguments (the suite prepends the program and `-S -display none -nodefaults -accel tcg`).
    var arguments: [String]
}

/// The valid machines of the differential suite and mutations of them.
enum DifferentialCases {
    /// Valid command lines, each exercising a family of options.
    static let bases: [(name: String, arguments: [String])] = [
        ("q35-virtio", [
            "-machine", "q35", "-m", "512",
            "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,id=nic0,mq=on",
            "-object", "rng-random,id=rng0,filename=/dev/urandom", "-device", "virtio-rng-pci,rng=rng0,id=vrng0",
            "-chardev", "null,id=c0", "-device", "virtio-serial-pci,id=vs0", "-device", "virtserialport,chardev=c0,bus=vs0.0,id=port0",
        ]),
        ("pc-block", [
            "-machine", "pc", "-m", "256M",
            "-blockdev", "driver=null-co,node-name=disk0,size=1073741824", "-device", "virtio-blk-pci,drive=disk0,id=blk0",
            "-object", "iothread,id=io0", "-device", "virtio-scsi-pci,iothread=io0,id=scsi0",
        ]),
        ("q35-ports", [
            "-machine", "q35", "-m", "512",
            "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-device", "pcie-root-port,id=rp2,chassis=2,slot=2",
            "-netdev", "user,id=n1", "-device", "virtio-net-pci,bus=rp1,netdev=n1,id=nic1",
            "-device", "virtio-rng-pci,bus=rp2,id=vrng2",
        ]),
        ("cxl-one", [
            "-machine", "q35,cxl=on", "-m", "512",
            "-object", "memory-backend-ram,id=mem0,size=256M,share=on", "-object", "memory-backend-ram,id=lsa0,size=256M,share=on",
            "-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1", "-device", "cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=2",
            "-device", "cxl-type3,bus=rp0,memdev=mem0,lsa=lsa0,id=cxl-mem0",
            "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G",
        ]),
        ("cxl-two", [
            "-machine", "q35,cxl=on", "-m", "512",
            "-object", "memory-backend-ram,id=mem0,size=256M", "-object", "memory-backend-ram,id=lsa0,size=256M",
            "-object", "memory-backend-ram,id=mem1,size=256M", "-object", "memory-backend-ram,id=lsa1,size=256M",
            "-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1", "-device", "pxb-cxl,bus_nr=222,bus=pcie.0,id=cxl.2",
            "-device", "cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=0", "-device", "cxl-rp,port=1,bus=cxl.2,id=rp1,chassis=0,slot=1",
            "-device", "cxl-type3,bus=rp0,memdev=mem0,lsa=lsa0,id=cxl-mem0", "-device", "cxl-type3,bus=rp1,memdev=mem1,lsa=lsa1,id=cxl-mem1",
            "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.targets.1=cxl.2,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k",
        ]),
        ("json-devices", [
            "-machine", "q35", "-m", "512", "-netdev", "user,id=n0",
            "-device", #"{"driver":"pcie-root-port","id":"rp1","chassis":1,"slot":1}"#,
            "-device", #"{"driver":"virtio-net-pci","netdev":"n0","id":"nic0","bus":"rp1"}"#,
        ]),
        ("numa", [
            "-machine", "q35", "-m", "512", "-smp", "2",
            "-object", "memory-backend-ram,id=m0,size=256M", "-object", "memory-backend-ram,id=m1,size=256M",
            "-numa", "node,memdev=m0,cpus=0", "-numa", "node,memdev=m1,cpus=1",
        ]),
    ]

    /// Every case: the bases, generated mutations, and hand-written cases.
    static var all: [DifferentialCase] {
        var cases = bases.map { DifferentialCase(name: $0.name, arguments: $0.arguments) }
        for base in bases {
            cases += mutations(of: base.name, base.arguments)
        }
        return cases + handWritten
    }

    /// Replaces the argument at `index`.
    private static func replacing(_ arguments: [String], at index: Int, with value: String) -> [String] {
        var copy = arguments
        copy[index] = value
        return copy
    }

    /// Mutations of every QemuOpts `-device`/`-object` argument and every typed value of a base.
    private static func mutations(of base: String, _ arguments: [String]) -> [DifferentialCase] {
        var cases: [DifferentialCase] = []
        for (index, word) in arguments.enumerated() where index > 0 && !word.hasPrefix("{") {
            let option = arguments[index - 1]
            let elements = word.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if option == "-device" || option == "-object" {
                let head = elements[0]
                cases.append(DifferentialCase(name: "\(base)/\(head)#\(index)/unknown-property", arguments: replacing(arguments, at: index, with: word + ",bogus-prop=1")))
                cases.append(DifferentialCase(name: "\(base)/\(head)#\(index)/misspelled-type", arguments: replacing(arguments, at: index, with: ([head + "x"] + elements.dropFirst()).joined(separator: ","))))
                if word.contains("id=") {
                    cases.append(DifferentialCase(name: "\(base)/\(head)#\(index)/duplicate", arguments: Array(arguments[...index]) + [option, word] + Array(arguments[(index + 1)...])))
                }
            }
            for (position, element) in elements.enumerated() {
                let pair = element.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                for (label, value) in valueMutations(key: pair[0], value: pair[1]) {
                    var changed = elements
                    changed[position] = "\(pair[0])=\(value)"
                    cases.append(DifferentialCase(
                        name: "\(base)/\(option)#\(index)/\(pair[0])=\(label)",
                        arguments: replacing(arguments, at: index, with: changed.joined(separator: ","))))
                }
            }
        }
        return cases
    }

    /// Replacement values for a key: dangling references, bad and good sizes, booleans and integers.
    private static func valueMutations(key: String, value: String) -> [(String, String)] {
        switch key {
        case "netdev", "rng", "drive", "iothread", "chardev", "memdev", "lsa":
            return [("dangling", "missing0")]
        case "bus":
            return value == "pcie.0" ? [("wrong-root", "pci.0")] : [("dangling", "nobus9")]
        case "id":
            return [("malformed", "0bad")]
        case "size" where value.hasSuffix("M") || value.hasSuffix("G"):
            return [("MB-suffix", value + "B"), ("fraction-no-unit", "1.5"), ("negative", "-" + value), ("bytes", "268435456"), ("fraction", "0.25G")]
        case "share", "mq", "cxl":
            return [("maybe", "maybe"), ("upper-ON", "ON"), ("one", "1"), ("yes", "yes")]
        case "chassis", "slot", "port", "bus_nr":
            return [("letters", "abc"), ("overflow", "300"), ("hex", "0x1"), ("negative", "-1")]
        default:
            return []
        }
    }

    private static let cxlHead = [
        "-machine", "q35,cxl=on", "-m", "512",
        "-object", "memory-backend-ram,id=mem0,size=256M", "-object", "memory-backend-ram,id=lsa0,size=256M",
        "-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1", "-device", "cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=2",
        "-device", "cxl-type3,bus=rp0,memdev=mem0,lsa=lsa0,id=cxl-mem0",
    ]

    private static func cxl(_ name: String, _ window: [String], head: [String] = cxlHead) -> DifferentialCase {
        DifferentialCase(name: "cxl-window/\(name)", arguments: head + window)
    }

    /// Cases written by hand: CXL windows, ordering, conflicts, options, backends, JSON types.
    static let handWritten: [DifferentialCase] = [
        cxl("size-100M", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=100M"]),
        cxl("size-512M", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=512M"]),
        cxl("no-size", ["-M", "cxl-fmw.0.targets.0=cxl.1"]),
        cxl("no-targets", ["-M", "cxl-fmw.0.size=4G"]),
        cxl("granularity-32k", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=32k"]),
        cxl("granularity-1k", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=1k"]),
        cxl("granularity-300", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=300"]),
        cxl("target-root-port", ["-M", "cxl-fmw.0.targets.0=rp0,cxl-fmw.0.size=4G"]),
        cxl("target-missing", ["-M", "cxl-fmw.0.targets.0=cxl.9,cxl-fmw.0.size=4G"]),
        cxl("split-across-M", ["-M", "cxl-fmw.0.targets.0=cxl.1", "-M", "cxl-fmw.0.size=4G"]),
        cxl("two-windows", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.1.targets.0=cxl.1,cxl-fmw.1.size=8G"]),
        cxl("two-windows-two-M", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G", "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G"]),
        cxl("index-gap", ["-M", "cxl-fmw.1.targets.0=cxl.1,cxl-fmw.1.size=4G"]),
        cxl("unknown-window-key", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.ways=1"]),
        cxl("no-window", []),
        cxl("cxl-off", ["-M", "cxl=off"]),
        cxl("three-ways", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.targets.1=cxl.2,cxl-fmw.0.targets.2=cxl.3,cxl-fmw.0.size=3G"], head: cxlHead + [
            "-device", "pxb-cxl,bus_nr=100,bus=pcie.0,id=cxl.2", "-device", "pxb-cxl,bus_nr=200,bus=pcie.0,id=cxl.3",
        ]),
        cxl("five-ways", ["-M", (0..<5).map { "cxl-fmw.0.targets.\($0)=cxl.\($0 + 1)" }.joined(separator: ",") + ",cxl-fmw.0.size=5G"], head: cxlHead + (2...5).flatMap {
            ["-device", "pxb-cxl,bus_nr=\($0 * 20),bus=pcie.0,id=cxl.\($0)"]
        }),
        cxl("duplicate-bus-nr", ["-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G"], head: cxlHead + ["-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.2"]),
        DifferentialCase(name: "cxl/pxb-on-pc", arguments: ["-machine", "pc,cxl=on", "-m", "512", "-device", "pxb-cxl,bus_nr=12,id=cxl.1"]),
        DifferentialCase(name: "cxl/type3-no-memdev", arguments: Array(cxlHead.dropLast(2)) + ["-device", "cxl-type3,bus=rp0,lsa=lsa0,id=cxl-mem0"]),
        DifferentialCase(name: "cxl/type3-no-lsa", arguments: Array(cxlHead.dropLast(2)) + ["-device", "cxl-type3,bus=rp0,memdev=mem0,id=cxl-mem0"]),
        DifferentialCase(name: "cxl/type3-persistent-memdev", arguments: Array(cxlHead.dropLast(2)) + ["-device", "cxl-type3,bus=rp0,persistent-memdev=mem0,lsa=lsa0,id=cxl-mem0"]),
        DifferentialCase(name: "cxl/type3-volatile-memdev", arguments: Array(cxlHead.dropLast(2)) + ["-device", "cxl-type3,bus=rp0,volatile-memdev=mem0,id=cxl-mem0"]),
        DifferentialCase(name: "cxl/type3-memdev-wrong-kind", arguments: Array(cxlHead.dropLast(2)) + ["-object", "iothread,id=io0", "-device", "cxl-type3,bus=rp0,memdev=io0,lsa=lsa0,id=cxl-mem0"]),
        DifferentialCase(name: "cxl/hdm-for-passthrough", arguments: cxlHead + ["-device", "pxb-cxl,bus_nr=50,bus=pcie.0,id=cxl.2,hdm_for_passthrough=on"]),
        DifferentialCase(name: "order/rp-after-device", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,bus=rp1", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1"]),
        DifferentialCase(name: "order/json-bus-for-qemuopts-device", arguments: ["-machine", "q35", "-m", "512", "-device", #"{"driver":"pcie-root-port","id":"rp1","chassis":1,"slot":1}"#, "-device", "virtio-rng-pci,bus=rp1"]),
        DifferentialCase(name: "order/qemuopts-bus-for-json-device", arguments: ["-machine", "q35", "-m", "512", "-device", #"{"driver":"virtio-rng-pci","bus":"rp1"}"#, "-device", "pcie-root-port,id=rp1,chassis=1,slot=1"]),
        DifferentialCase(name: "order/object-after-device", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,rng=r0", "-object", "rng-random,id=r0,filename=/dev/urandom"]),
        DifferentialCase(name: "order/netdev-after-device", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-net-pci,netdev=n0", "-netdev", "user,id=n0"]),
        DifferentialCase(name: "conflict/accel-and-machine-accel", arguments: ["-machine", "q35,accel=tcg", "-m", "512"]),
        DifferentialCase(name: "conflict/set-device", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,id=r0", "-set", "device.r0.max-bytes=1024"]),
        DifferentialCase(name: "conflict/set-object", arguments: ["-machine", "q35", "-m", "512", "-object", "iothread,id=io0", "-set", "object.io0.poll-max-ns=10"]),
        DifferentialCase(name: "conflict/set-unknown-id", arguments: ["-machine", "q35", "-m", "512", "-set", "device.nope.max-bytes=1"]),
        DifferentialCase(name: "conflict/set-json-device", arguments: ["-machine", "q35", "-m", "512", "-device", #"{"driver":"virtio-rng-pci","id":"r0"}"#, "-set", "device.r0.max-bytes=1024"]),
        DifferentialCase(name: "conflict/set-unknown-group", arguments: ["-machine", "q35", "-m", "512", "-set", "frob.x.y=1"]),
        DifferentialCase(name: "conflict/netdev-used-twice", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0", "-device", "e1000,netdev=n0"]),
        DifferentialCase(name: "conflict/chardev-used-twice", arguments: ["-machine", "q35", "-m", "512", "-chardev", "null,id=c0", "-device", "virtio-serial-pci,id=vs0", "-device", "virtserialport,chardev=c0", "-device", "virtconsole,chardev=c0"]),
        DifferentialCase(name: "conflict/chardev-mux-shared", arguments: ["-machine", "q35", "-m", "512", "-chardev", "null,id=c0,mux=on", "-device", "virtio-serial-pci,id=vs0", "-device", "virtserialport,chardev=c0", "-device", "virtconsole,chardev=c0"]),
        DifferentialCase(name: "option/unknown", arguments: ["-machine", "q35", "-m", "512", "-frobnicate"]),
        DifferentialCase(name: "option/misspelled-device", arguments: ["-machine", "q35", "-m", "512", "-devic", "virtio-rng-pci"]),
        DifferentialCase(name: "option/removed-watchdog", arguments: ["-machine", "q35", "-m", "512", "-watchdog", "i6300esb"]),
        DifferentialCase(name: "option/removed-sdl", arguments: ["-machine", "q35", "-m", "512", "-sdl"]),
        DifferentialCase(name: "option/removed-soundhw", arguments: ["-machine", "q35", "-m", "512", "-soundhw", "all"]),
        DifferentialCase(name: "option/deprecated-no-hpet", arguments: ["-machine", "q35", "-m", "512", "-no-hpet"]),
        DifferentialCase(name: "option/run-with-not-in-7.2", arguments: ["-machine", "q35", "-m", "512", "-run-with", "async-teardown=on"]),
        DifferentialCase(name: "memory/512MB", arguments: ["-machine", "q35", "-m", "512MB"]),
        DifferentialCase(name: "memory/1G", arguments: ["-machine", "q35", "-m", "1G"]),
        DifferentialCase(name: "memory/0.5G", arguments: ["-machine", "q35", "-m", "0.5G"]),
        DifferentialCase(name: "memory/x", arguments: ["-machine", "q35", "-m", "512x"]),
        DifferentialCase(name: "memory/size-key", arguments: ["-machine", "q35", "-m", "size=512M"]),
        DifferentialCase(name: "memory/bogus-key", arguments: ["-machine", "q35", "-m", "512M,bogus=1"]),
        DifferentialCase(name: "memory/id", arguments: ["-machine", "q35", "-m", "512M,id=m"]),
        DifferentialCase(name: "machine/unknown-type", arguments: ["-machine", "q36", "-m", "512"]),
        DifferentialCase(name: "machine/unknown-property", arguments: ["-machine", "q35,frob=on", "-m", "512"]),
        DifferentialCase(name: "machine/bad-bool", arguments: ["-machine", "q35,smm=maybe", "-m", "512"]),
        DifferentialCase(name: "machine/good-onoffauto", arguments: ["-machine", "q35,smm=auto", "-m", "512"]),
        DifferentialCase(name: "machine/bare-key", arguments: ["-machine", "q35,smm", "-m", "512"]),
        DifferentialCase(name: "machine/pc-alias", arguments: ["-machine", "pc", "-m", "512"]),
        DifferentialCase(name: "machine/versioned", arguments: ["-machine", "pc-q35-7.1", "-m", "512"]),
        DifferentialCase(name: "netdev/unknown-backend", arguments: ["-machine", "q35", "-m", "512", "-netdev", "usr,id=n0"]),
        DifferentialCase(name: "netdev/unknown-parameter", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0,frob=1"]),
        DifferentialCase(name: "netdev/hostfwd", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:2222-:22"]),
        DifferentialCase(name: "netdev/no-id", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user"]),
        DifferentialCase(name: "netdev/bad-bool", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0,restrict=maybe"]),
        DifferentialCase(name: "chardev/unknown-backend", arguments: ["-machine", "q35", "-m", "512", "-chardev", "nul,id=c0"]),
        DifferentialCase(name: "chardev/unknown-parameter", arguments: ["-machine", "q35", "-m", "512", "-chardev", "null,id=c0,frob=1"]),
        DifferentialCase(name: "chardev/no-id", arguments: ["-machine", "q35", "-m", "512", "-chardev", "null"]),
        DifferentialCase(name: "chardev/ringbuf-size", arguments: ["-machine", "q35", "-m", "512", "-chardev", "ringbuf,id=c0,size=64k"]),
        DifferentialCase(name: "chardev/ringbuf-bad-size", arguments: ["-machine", "q35", "-m", "512", "-chardev", "ringbuf,id=c0,size=64kb"]),
        DifferentialCase(name: "object/unknown-type", arguments: ["-machine", "q35", "-m", "512", "-object", "memory-backend-rom,id=m0,size=1M"]),
        DifferentialCase(name: "object/no-id", arguments: ["-machine", "q35", "-m", "512", "-object", "iothread"]),
        DifferentialCase(name: "object/short-bool", arguments: ["-machine", "q35", "-m", "512", "-object", "memory-backend-ram,id=m0,size=1M,share"]),
        DifferentialCase(name: "object/hex-size-suffix", arguments: ["-machine", "q35", "-m", "512", "-object", "memory-backend-ram,id=m0,size=0x10M"]),
        DifferentialCase(name: "object/json", arguments: ["-machine", "q35", "-m", "512", "-object", #"{"qom-type":"memory-backend-ram","id":"m0","size":1048576}"#]),
        DifferentialCase(name: "object/json-string-size", arguments: ["-machine", "q35", "-m", "512", "-object", #"{"qom-type":"memory-backend-ram","id":"m0","size":"1M"}"#]),
        DifferentialCase(name: "device/json-string-bool", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0", "-device", #"{"driver":"virtio-net-pci","netdev":"n0","mq":"on"}"#]),
        DifferentialCase(name: "device/json-bool", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0", "-device", #"{"driver":"virtio-net-pci","netdev":"n0","mq":true}"#]),
        DifferentialCase(name: "device/json-unknown-property", arguments: ["-machine", "q35", "-m", "512", "-device", #"{"driver":"virtio-rng-pci","frob":1}"#]),
        DifferentialCase(name: "device/json-unknown-driver", arguments: ["-machine", "q35", "-m", "512", "-device", #"{"driver":"virtio-rng-pcii"}"#]),
        DifferentialCase(name: "device/alias", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng"]),
        DifferentialCase(name: "device/no-driver", arguments: ["-machine", "q35", "-m", "512", "-device", "id=x"]),
        DifferentialCase(name: "device/short-bool", arguments: ["-machine", "q35", "-m", "512", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mq"]),
        DifferentialCase(name: "device/max-bytes-k", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,max-bytes=1k"]),
        DifferentialCase(name: "device/max-bytes-octal", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,max-bytes=010"]),
        DifferentialCase(name: "device/malformed-id", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,id=a!b"]),
        DifferentialCase(name: "device/pci-bus-on-q35", arguments: ["-machine", "q35", "-m", "512", "-device", "virtio-rng-pci,bus=pci.0"]),
        DifferentialCase(name: "device/pcie-bus-on-pc", arguments: ["-machine", "pc", "-m", "512", "-device", "virtio-rng-pci,bus=pcie.0"]),
        DifferentialCase(name: "blockdev/unknown-driver", arguments: ["-machine", "q35", "-m", "512", "-blockdev", "driver=null-coo,node-name=d0"]),
        DifferentialCase(name: "blockdev/unknown-key", arguments: ["-machine", "q35", "-m", "512", "-blockdev", "driver=null-co,node-name=d0,frob=1"]),
        DifferentialCase(name: "blockdev/size-suffix", arguments: ["-machine", "q35", "-m", "512", "-blockdev", "driver=null-co,node-name=d0,size=1k"]),
        DifferentialCase(name: "blockdev/dup-node-name", arguments: ["-machine", "q35", "-m", "512", "-blockdev", "driver=null-co,node-name=d0", "-blockdev", "driver=null-co,node-name=d0"]),
        DifferentialCase(name: "smp/ok", arguments: ["-machine", "q35", "-m", "512", "-smp", "2,sockets=1,cores=2"]),
        DifferentialCase(name: "smp/bad", arguments: ["-machine", "q35", "-m", "512", "-smp", "two"]),
        DifferentialCase(name: "numa/dangling-memdev", arguments: ["-machine", "q35", "-m", "256", "-object", "memory-backend-ram,id=m0,size=256M", "-numa", "node,memdev=mX"]),
    ]
}
