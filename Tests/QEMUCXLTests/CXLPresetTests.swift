import QEMUCXL
import QEMUCommand
import Testing

@Suite("Presets")
struct CXLPresetTests {
    @Test("each examples/cxl YAML file is the built-in preset", arguments: CXLPreset.allCases)
    func yamlMatches(preset: CXLPreset) throws {
        var fromFile = try CXLTopologyDescription(yaml: CXLTestFiles.example(preset.rawValue))
        fromFile.name = nil
        #expect(fromFile == preset.topologyDescription)
    }

    @Test("single-pmem: one host bridge and one 256 MiB persistent device with a fixed serial")
    func singlePmem() throws {
        let topology = try CXLPreset.singlePmem.topology(for: QEMUVersion(8, 1))
        #expect(topology.hostBridgeCount == 1)
        let device = try #require(topology.memoryDeviceFacts.first)
        #expect(topology.memoryDeviceCount == 1)
        #expect(device.persistentSize == 268_435_456)
        #expect(device.serial == 1)
        #expect(device.qomPath == "/machine/peripheral/cxl-pmem0")
        #expect(device.hostBridge == "cxl.0")
        #expect(device.kinds == [.persistent])
        #expect(try CXLPreset.dcd.topology(for: QEMUVersion(9, 1)).memoryDeviceFacts.first?.kinds == [.dynamicCapacity])
    }

    @Test("interleave-2hb: 2 host bridges × 2 root ports, 4 devices, one window across both")
    func interleave() throws {
        let topology = try CXLPreset.interleave2HB.topology(for: QEMUVersion(7, 2))
        #expect(topology.hostBridgeCount == 2)
        #expect(topology.rootPortCount == 4)
        #expect(topology.memoryDeviceCount == 4)
        #expect(topology.windows.map(\.targets) == [["cxl.0", "cxl.1"]])
        #expect(Set(topology.memoryDeviceFacts.compactMap(\.hostBridge)) == ["cxl.0", "cxl.1"])
    }

    @Test("switch: a switch with 4 downstream ports and 4 devices below one host bridge")
    func switchPreset() throws {
        let topology = try CXLPreset.switch.topology(for: QEMUVersion(7, 2))
        #expect(topology.switchUpstreamPortCount == 1)
        #expect(topology.switchDownstreamPortCount == 4)
        #expect(topology.memoryDeviceFacts.map(\.parentPort) == ["swport0", "swport1", "swport2", "swport3"])
    }

    @Test("every preset passes the CXL checks for the newest version", arguments: CXLPreset.allCases)
    func clean(preset: CXLPreset) throws {
        let topology = try preset.topology(for: QEMUVersion(10, 1))
        #expect(CXLChecker(version: QEMUVersion(10, 1)).check(topology).filter { $0.severity >= .warning } == [])
    }
}
