import Foundation
import Testing
@testable import QEMURuntime

/// Console text captured from a real boot of Debian's 6.1 kernel under QEMU 7.2 with two host bridges
/// (bus_nr 12 and 222), two root ports each, four pmem devices (sn 1–4) and `--region`; CR line ends as
/// the serial console sends them, the region JSON shortened.
private let twoHostBridgeConsole = """
    SeaBIOS (version 1.16.2-debian-1.16.2-1)\r
    [    0.998277] ACPI BIOS Error (bug): Failure creating named object [\\_SB.CLDE._UID], AE_ALREADY_EXISTS (20220331/dswload2-326)\r
    @@qemu-cmd:init@@\r
    @@qemu-cmd:cxl-begin@@\r
    cxl pci-cxl-functions 4\r
    cxl settled tenths=6\r
    cxl decoder decoder0.0 type=cxl_decoder_root targets=12,222 ways=2 granularity=8192 size=0x100000000 mode=\r
    cxl decoder decoder1.0 type=cxl_decoder_switch targets=0 ways=1 granularity=256 size=0x0 mode=\r
    cxl decoder decoder3.0 type=cxl_decoder_endpoint targets= ways=1 granularity=256 size=0x0 mode=none\r
    cxl endpoint endpoint3 parent=port1 uport=mem0 dports=\r
    cxl endpoint endpoint4 parent=port2 uport=mem1 dports=\r
    cxl endpoint endpoint5 parent=port2 uport=mem2 dports=\r
    cxl endpoint endpoint6 parent=port1 uport=mem3 dports=\r
    cxl memdev mem0 serial=0x3 pmem=0x10000000 ram=0x0 host=0000:df:00.0\r
    cxl memdev mem1 serial=0x2 pmem=0x10000000 ram=0x0 host=0000:0e:00.0\r
    cxl memdev mem2 serial=0x1 pmem=0x10000000 ram=0x0 host=0000:0d:00.0\r
    cxl memdev mem3 serial=0x4 pmem=0x10000000 ram=0x0 host=0000:e0:00.0\r
    cxl device nvdimm-bridge0 type=cxl_nvdimm_bridge\r
    cxl port port1 parent=root0 uport=ACPI0016:00 dports=0>0000:de:00.0,1>0000:de:01.0\r
    cxl port port2 parent=root0 uport=ACPI0016:01 dports=0>0000:0c:00.0,1>0000:0c:01.0\r
    cxl port root0 parent=ACPI0017:00 uport=ACPI0017:00 dports=12>ACPI0016:01,222>ACPI0016:00\r
    cxl region-request ways=4 granularity=8192 memdevs=mem1,mem0,mem2,mem3\r
    cxl region-status 0\r
    cxl region-output {\r
    cxl region-output   "region":"region0",\r
    cxl region-output }\r
    cxl region-error cxl region: cmd_create_region: created 1 region\r
    cxl region-dmesg [   17.040190] cxl_region region0: probe: 0\r
    @@qemu-cmd:cxl-end@@\r
    [   18.653143] reboot: Power down\r

    """

private func interleaveExpectation(serials: [UInt64] = [1, 2, 3, 4]) -> CXLBootExpectation {
    CXLBootExpectation(
        memdevs: serials.enumerated().map { index, serial in
            CXLExpectedMemdev(
                id: "cxl-pmem\(index)", serial: serial, pmemSize: 268_435_456, ramSize: 0,
                attachment: .rootPort(hostBridgeBusNumber: index < 2 ? 12 : 222, port: index % 2)
            )
        },
        hostBridges: [
            CXLExpectedHostBridge(id: "cxl.1", busNumber: 12, rootPorts: [0, 1]),
            CXLExpectedHostBridge(id: "cxl.2", busNumber: 222, rootPorts: [0, 1]),
        ]
    )
}

@Suite("guest report parser and comparison")
struct BootGuestViewParserTests {
    @Test("memdevs, ports with host bridge UIDs, endpoints, decoders and the region are read")
    func parsesCapturedConsole() throws {
        let view = try CXLGuestViewParser.parse(console: twoHostBridgeConsole)
        #expect(view.cxlPCIFunctions == 4)
        #expect(Set(view.memdevs.map(\.serial)) == [1, 2, 3, 4])
        #expect(view.memdevs.allSatisfy { $0.pmemSize == 268_435_456 && $0.ramSize == 0 })
        #expect(view.memdevs.first { $0.name == "mem2" }?.pciAddress == "0000:0d:00.0")
        #expect(view.ports(.root).map(\.dportIDs) == [[12, 222]])
        let bridges = view.ports(.hostBridge)
        #expect(bridges.map(\.name) == ["port1", "port2"])
        #expect(bridges.map(\.hostBridgeUID) == [222, 12])
        #expect(bridges.allSatisfy { $0.dportIDs == [0, 1] })
        #expect(view.endpoint(ofMemdev: "mem3")?.parent == "port1")
        let root = try #require(view.decoders.first { $0.name == "decoder0.0" })
        #expect(root.targets == [12, 222] && root.ways == 2 && root.granularity == 8192 && root.size == 0x1_0000_0000 && root.mode == nil)
        #expect(view.decoders.first { $0.name == "decoder3.0" }?.mode == "none")
        #expect(view.otherDevices["nvdimm-bridge0"] == "cxl_nvdimm_bridge")
        let region = try #require(view.region)
        #expect(region.succeeded && region.ways == 4 && region.granularity == 8192)
        #expect(region.memdevs == ["mem1", "mem0", "mem2", "mem3"])
        #expect(region.kernelMessages == ["[   17.040190] cxl_region region0: probe: 0"])
    }

    @Test("a report without markers or without its end is an error naming what is missing")
    func missingMarkers() {
        #expect(throws: BootError.self) { try CXLGuestViewParser.parse(console: "[ 0.1] Kernel panic\n") }
        let truncated = twoHostBridgeConsole.components(separatedBy: "@@qemu-cmd:cxl-end@@")[0]
        do {
            _ = try CXLGuestViewParser.parse(console: truncated)
            Issue.record("a report without its end marker parsed")
        } catch {
            #expect("\(error)".contains(BootInitScript.endMarker))
        }
    }

    @Test("the captured view matches the topology it came from")
    func matchingTopology() throws {
        let view = try CXLGuestViewParser.parse(console: twoHostBridgeConsole)
        let comparison = CXLBootComparison(expected: interleaveExpectation(), guest: view)
        #expect(comparison.matches, "\(comparison.mismatches)")
    }

    @Test("differences are named: a serial Linux lacks, a wrong size, a missing host bridge, root ports")
    func namedMismatches() throws {
        let view = try CXLGuestViewParser.parse(console: twoHostBridgeConsole)
        var expected = interleaveExpectation(serials: [1, 2, 3, 9])
        expected.memdevs[0].pmemSize = 536_870_912
        expected.hostBridges[0].rootPorts = [0, 1, 2]
        expected.hostBridges.append(CXLExpectedHostBridge(id: "cxl.3", busNumber: 99, rootPorts: [0]))
        let mismatches = CXLBootComparison(expected: expected, guest: view).mismatches
        #expect(mismatches.contains { $0.kind == .memdevMissing && $0.subject == "cxl-pmem3 (serial 0x9)" })
        #expect(mismatches.contains { $0.kind == .memdevSize && $0.subject == "cxl-pmem0 (serial 0x1)" })
        #expect(mismatches.contains { $0.kind == .rootPorts && $0.subject.contains("cxl.1") && $0.message.contains("0,1,2") })
        #expect(mismatches.contains { $0.kind == .hostBridgeMissing && $0.subject.contains("bus_nr 99") })
        #expect(!mismatches.contains { $0.subject.contains("cxl.2") })
    }

    @Test("an expected switch must appear as a port below its host bridge with the downstream port numbers")
    func switchExpectation() throws {
        let view = try CXLGuestViewParser.parse(console: twoHostBridgeConsole)
        var expected = interleaveExpectation()
        expected.switches = [CXLExpectedSwitch(id: "us0", hostBridgeBusNumber: 12, downstreamPorts: [0, 1, 2, 3])]
        let mismatches = CXLBootComparison(expected: expected, guest: view).mismatches
        #expect(mismatches.map(\.kind) == [.switchMissing])
        #expect(mismatches.first?.subject == "switch us0")
    }
}
