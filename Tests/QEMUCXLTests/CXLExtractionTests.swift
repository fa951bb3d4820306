import QEMUCXL
import QEMUCommand
import Testing

/// One x86 command line from cxl-examples.md.
struct CXLSpecExample: Sendable, CustomTestStringConvertible {
    var heading: String
    var text: String
    var testDescription: String { heading + ": " + String(text.prefix(60)) }

    /// Every x86 command line of the fact sheet's examples (arm and QMP blocks left out); the
    /// literal `...` line is dropped and `%s` becomes a path.
    static func all() throws -> [CXLSpecExample] {
        var result: [CXLSpecExample] = []
        for block in try CXLTestFiles.specExamples() {
            let lines = block.text.split(separator: "\n").filter { $0 != "..." }
            guard let first = lines.first, !first.hasPrefix("{"), !block.text.contains("aarch64") else { continue }
            let continued = lines.contains { $0.hasSuffix("\\") }
            let commands = continued ? [lines.joined(separator: "\n")] : lines.map(String.init)
            for command in commands where !command.contains("virt") {
                result.append(CXLSpecExample(heading: block.heading, text: command.replacingOccurrences(of: "%s", with: "/tmp/cxl-test.raw")))
            }
        }
        return result
    }
}

@Suite("Extracting topologies from command lines")
struct CXLExtractionTests {
    static let sizeKeys: Set<String> = ["size", "maxmem", "interleave-granularity"]

    /// Settings of every CXL device, backend and window, by id, with sizes and serials as numbers.
    static func settings(_ commandLine: QEMUCommandLine) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        var counter = 0
        for option in commandLine.options {
            switch option.argument?.syntax {
            case .qemuOpts(let tree)? where ["device", "object"].contains(option.name):
                guard let kind = tree.impliedValue, kind.hasPrefix("cxl") || kind.hasPrefix("pxb-cxl") || kind.hasPrefix("memory-backend") else { continue }
                counter += 1
                result[tree.id ?? "#\(kind)\(counter)"] = normalized(tree.settings)
            case .keyval(let tree)? where ["machine", "M"].contains(option.name):
                for (key, value) in normalized(tree.settings.filter { $0.key.hasPrefix("cxl-fmw.") }) {
                    result["cxl-fmw", default: [:]][key] = value
                }
            default:
                continue
            }
        }
        return result
    }

    static func normalized(_ settings: [(key: String, value: String)]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in settings {
            let leaf = String(key.split(separator: ".").last ?? "")
            if sizeKeys.contains(leaf), let bytes = (try? QEMUSize(parsing: value))?.bytes {
                result[key] = String(bytes)
            } else if key == "sn", let serial = UInt64(value.replacingOccurrences(of: "0x", with: ""), radix: value.hasPrefix("0x") ? 16 : 10) {
                result[key] = String(serial)
            } else {
                result[key] = value
            }
        }
        return result
    }

    @Test("extract then emit gives the same devices, properties and windows", arguments: try CXLSpecExample.all())
    func roundTrip(_ example: CXLSpecExample) throws {
        let parsed = QEMUCommandLine.parse(shellText: example.text)
        #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
        let extracted = CXLTopologyExtractor.extract(from: parsed)
        #expect(extracted.diagnostics.isEmpty, "\(extracted.diagnostics)")
        let emitted = try extracted.topology.arguments(for: QEMUVersion(10, 2))
        let reparsed = QEMUCommandLine.parse(argv: ["qemu-system-x86_64"] + emitted)
        #expect(CXLTopologyExtractor.extract(from: reparsed).topology == extracted.topology)
        #expect(Self.settings(reparsed.commandLine) == Self.settings(parsed.commandLine))
    }

    @Test("the x86 examples cover every kind of CXL component")
    func coverage() throws {
        let topologies = try CXLSpecExample.all().map { CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: $0.text)).topology }
        #expect(topologies.count >= 8)
        #expect(topologies.contains { !$0.mailboxCCIs.isEmpty })
        #expect(topologies.contains { !$0.downstreamPorts.isEmpty })
        #expect(topologies.contains { $0.memoryDevices.contains { $0.dynamicCapacityRegions != nil } })
        #expect(topologies.contains { $0.memoryDevices.contains { $0.legacyMemdev != nil } })
        #expect(topologies.contains { $0.windows.contains { $0.targets.count == 2 } })
    }

    @Test("DOC-4 reads as 2 host bridges, 4 root ports, 4 devices and one 2-way window")
    func doc4() throws {
        let example = try #require(try CXLSpecExample.all().first { $0.heading.hasPrefix("DOC-4") })
        let topology = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: example.text)).topology
        #expect(topology.machine.type == "q35" && topology.machine.isCXLEnabled)
        #expect(topology.hostBridges.map(\.busNumber) == [12, 222])
        #expect(topology.rootPortCount == 4)
        #expect(topology.memoryDeviceFacts.map(\.serial) == [1, 2, 3, 4])
        #expect(topology.windows == [CXLFixedMemoryWindow(targets: ["cxl.1", "cxl.2"], size: 4 << 30, interleaveGranularity: 8 << 10)])
        #expect(topology.memoryDeviceFacts.allSatisfy { $0.persistentSize == 256 << 20 })
    }

    @Test("diagnostics point at the option that was written")
    func locations() throws {
        let text = "qemu-system-x86_64 -M q35,cxl=on \\\n  -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 \\\n  -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.2\n"
        let extraction = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: text))
        let duplicate = try #require(extraction.check(version: QEMUVersion(7, 2)).first { $0.ruleID == "cxl.bus-number-duplicate" })
        #expect(duplicate.range.start.line == 3)
    }

    @Test("window indices with gaps are reported as QEMU does; windows split over several -M are merged")
    func windowGaps() throws {
        let gap = "qemu-system-x86_64 -M q35,cxl=on -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 -M cxl-fmw.0.targets.1=cxl.1,cxl-fmw.0.size=4G"
        #expect(QEMUCommandLine.parse(shellText: gap).diagnostics.contains { $0.message == "Parameter 'cxl-fmw.0.targets.0' missing" })
        let split = "qemu-system-x86_64 -M q35,cxl=on -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 -M cxl-fmw.0.targets.0=cxl.1 -M cxl-fmw.0.size=4G"
        let extraction = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: split))
        #expect(extraction.diagnostics.isEmpty)
        #expect(extraction.topology.windows == [CXLFixedMemoryWindow(targets: ["cxl.1"], size: 4 << 30)])
        let inconsistent = "qemu-system-x86_64 -M q35,cxl=on -M cxl-fmw.0=x -M cxl-fmw.0.size=4G"
        let diagnostics = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: inconsistent)).diagnostics
        #expect(diagnostics.contains { $0.ruleID == "cxl.window-incomplete" })
    }

    @Test("a CXL port reusing a pcie-root-port's chassis/slot pair is an error; a free pair is not")
    func otherSlots() {
        let line = "qemu-system-x86_64 -M q35,cxl=on -device pcie-root-port,id=p1,chassis=0,slot=SLOT "
            + "-device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 -device cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=2"
        func collisions(_ slot: String) -> [Diagnostic] {
            let text = line.replacingOccurrences(of: "SLOT", with: slot)
            return CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: text)).check(version: nil)
                .filter { $0.ruleID == "cxl.chassis-slot-duplicate" }
        }
        #expect(collisions("2").map(\.severity) == [.error])
        #expect(collisions("3").isEmpty)
    }

    @Test("JSON -device and -object arguments read like their QemuOpts forms")
    func json() {
        let opts = "qemu-system-x86_64 -M q35,cxl=on -object memory-backend-file,id=m0,share=on,mem-path=/tmp/m0,size=256M "
            + "-device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 -device cxl-type3,bus=rp0,persistent-memdev=m0,lsa=m0,id=d0,sn=0x1"
        let json = #"qemu-system-x86_64 -M q35,cxl=on -object '{"qom-type":"memory-backend-file","id":"m0","share":true,"mem-path":"/tmp/m0","size":268435456}' "#
            + #"-device '{"driver":"pxb-cxl","bus_nr":12,"bus":"pcie.0","id":"cxl.1"}' -device '{"driver":"cxl-type3","bus":"rp0","persistent-memdev":"m0","lsa":"m0","id":"d0","sn":1}'"#
        let fromOpts = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: opts))
        let fromJSON = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: json))
        #expect(fromJSON.diagnostics.isEmpty)
        #expect(fromJSON.topology == fromOpts.topology)
        #expect(fromJSON.topology.memoryDevices.first?.serial == 1)
    }

    @Test("-m reads a bare number as MiB, as QEMU does, and maxmem as bytes")
    func memory() {
        let machine = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: "qemu-system-x86_64 -m 1024,maxmem=8589934592")).topology.machine
        #expect(machine.memory == 1 << 30)
        #expect(machine.maxMemory == 8 << 30)
    }

    @Test("unreadable property values are errors naming the device and the key")
    func badValues() {
        let text = "qemu-system-x86_64 -M q35,cxl=on -device pxb-cxl,bus_nr=twelve,bus=pcie.0,id=cxl.1"
        let diagnostics = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(shellText: text)).diagnostics
        #expect(diagnostics.map(\.message) == ["pxb-cxl cxl.1: bus_nr='twelve' is not an integer"])
    }
}
