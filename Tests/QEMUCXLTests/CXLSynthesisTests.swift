import Foundation
import QEMUCXL
import QEMUCommand
import Testing

@Suite("Synthesizing topologies from descriptions")
struct CXLSynthesisTests {
    static let version = QEMUVersion(8, 2)

    static func bigDescription() -> CXLTopologyDescription {
        let device = CXLDeviceDescription(persistent: "256M")
        let switched = CXLSwitchDescription(downstreamPorts: Array(repeating: CXLDownstreamPortDescription(device: device), count: 6))
        let bridge = CXLHostBridgeDescription(rootPorts: [
            CXLRootPortDescription(switch: switched), CXLRootPortDescription(device: device), CXLRootPortDescription(switch: switched),
        ])
        return CXLTopologyDescription(hostBridges: Array(repeating: bridge, count: 3), windows: [CXLWindowDescription(targets: [.index(0), .index(2)])])
    }

    @Test("bus numbers leave room for every bridge below each host bridge")
    func busSpacing() throws {
        let topology = try CXLSynthesizer(version: Self.version).synthesize(Self.bigDescription())
        let numbers = topology.hostBridges.compactMap(\.busNumber)
        #expect(numbers.count == 3)
        for (index, bridge) in topology.hostBridges.enumerated() {
            let last = (bridge.busNumber ?? 0) + topology.busesNeeded(below: bridge.id)
            let limit = index + 1 < numbers.count ? numbers[index + 1] : 256
            #expect(last < limit, "host bridge \(bridge.id) overlaps the next one")
        }
        #expect(CXLChecker(version: Self.version).check(topology).filter { $0.ruleID == "cxl.bus-number-spacing" }.isEmpty)
    }

    @Test("chassis/slot pairs, port numbers, ids and serials are unique")
    func uniqueness() throws {
        let topology = try CXLSynthesizer(version: Self.version).synthesize(Self.bigDescription())
        let slots = topology.rootPorts.map { [$0.chassis, $0.slot] } + topology.downstreamPorts.map { [$0.chassis, $0.slot] }
        #expect(Set(slots).count == slots.count)
        for bridge in topology.hostBridges {
            let ports = topology.rootPorts.filter { $0.bus == bridge.id }.map(\.port)
            #expect(Set(ports).count == ports.count)
        }
        for upstream in topology.upstreamPorts {
            let ports = topology.downstreamPorts.filter { $0.bus == upstream.id }.map(\.port)
            #expect(Set(ports).count == ports.count)
        }
        let serials = topology.memoryDevices.map(\.serial)
        #expect(serials.allSatisfy { ($0 ?? 0) != 0 })
        #expect(Set(serials).count == serials.count)
        let ids = topology.hostBridges.map(\.id) + topology.rootPorts.map(\.id) + topology.upstreamPorts.map(\.id)
            + topology.downstreamPorts.map(\.id) + topology.memoryDevices.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(CXLChecker(version: Self.version).check(topology).filter { $0.severity >= .warning }.isEmpty)
    }

    @Test("generated serials skip the ones the description gives")
    func serials() throws {
        var description = CXLPreset.interleave2HB.topologyDescription
        description.hostBridges[0].rootPorts[0].device?.serial = nil
        description.hostBridges[0].rootPorts[1].device?.serial = nil
        description.hostBridges[1].rootPorts[0].device?.serial = 1
        let topology = try CXLSynthesizer(version: Self.version).synthesize(description)
        #expect(topology.memoryDevices.map(\.serial) == [2, 3, 1, 4])
    }

    @Test("a duplicate or zero serial in the description is an error naming the field")
    func badSerials() {
        var description = CXLPreset.interleave2HB.topologyDescription
        description.hostBridges[1].rootPorts[1].device?.serial = 1
        #expect(Self.error(description)?.contains("host_bridges[1].root_ports[1].device.serial") == true)
        description.hostBridges[1].rootPorts[1].device?.serial = 0
        #expect(Self.error(description)?.contains("non-zero") == true)
    }

    @Test("backends are files in the chosen directory with a label area per persistent device")
    func backends() throws {
        let topology = try CXLPreset.interleave2HB.topology(for: Self.version, backendDirectory: "/srv/cxl")
        #expect(topology.backends.count == 8)
        #expect(topology.backends.allSatisfy { $0.kind == .file && $0.path?.hasPrefix("/srv/cxl/interleave-2hb-") == true })
        #expect(Set(topology.memoryDevices.compactMap(\.lsa)).count == 4)
        #expect(topology.memoryDeviceFacts.allSatisfy { $0.persistentSize == 268_435_456 })
    }

    @Test("windows default to one per host bridge, sized to cover its devices")
    func defaultWindows() throws {
        var description = Self.bigDescription()
        description.windows = nil
        let topology = try CXLSynthesizer(version: Self.version).synthesize(description)
        #expect(topology.windows.map(\.targets) == [["cxl.0"], ["cxl.1"], ["cxl.2"]])
        #expect(topology.windows.allSatisfy { $0.size == 13 * (256 << 20) })
        let interleaved = try CXLSynthesizer(version: Self.version).synthesize(Self.bigDescription())
        #expect(interleaved.windows[0].size == 26 * (256 << 20))
    }

    @Test("before 8.0 a single-port host bridge gets a second, empty root port")
    func padding() throws {
        let old = try CXLPreset.singlePmem.topology(for: QEMUVersion(7, 2))
        let new = try CXLPreset.singlePmem.topology(for: QEMUVersion(8, 0))
        #expect(old.rootPortCount == 2)
        #expect(new.rootPortCount == 1)
        #expect(old.memoryDeviceCount == 1)
    }

    @Test("impossible descriptions are errors naming the field and the fix")
    func invalid() {
        var empty = CXLPreset.singlePmem.topologyDescription
        empty.hostBridges[0].rootPorts[0].device = CXLDeviceDescription()
        #expect(Self.error(empty)?.contains("host_bridges[0].root_ports[0].device") == true)
        var odd = CXLPreset.singlePmem.topologyDescription
        odd.hostBridges[0].rootPorts[0].device?.persistent = "100M"
        #expect(Self.error(odd)?.contains("multiple of 256M") == true)
        var ways = CXLPreset.interleave2HB.topologyDescription
        ways.windows?[0].targets = [.index(0), .index(5)]
        #expect(Self.error(ways)?.contains("windows[0].targets") == true)
        var granularity = CXLPreset.interleave2HB.topologyDescription
        granularity.windows?[0].interleaveGranularity = "32K"
        #expect(Self.error(granularity)?.contains("interleave_granularity") == true)
        var regions = CXLPreset.dcd.topologyDescription
        regions.hostBridges[0].rootPorts[0].device?.dynamicCapacity = CXLDynamicCapacityDescription(regions: 3, size: "1G")
        #expect(Self.error(regions, version: QEMUVersion(9, 1))?.contains("multiple of 3 × 256M") == true)
        var duplicate = CXLPreset.interleave2HB.topologyDescription
        duplicate.hostBridges[0].rootPorts[1].port = 0
        duplicate.hostBridges[0].rootPorts[0].port = 0
        #expect(Self.error(duplicate)?.contains("port 0 is used twice") == true)
        var numa = CXLPreset.singlePmem.topologyDescription
        numa.hostBridges[0].numaNode = 1
        #expect(Self.error(numa)?.contains("host_bridges[0].numa_node") == true)
        numa.numaNodes = 2
        #expect(Self.error(numa) == nil)
        var tooMany = CXLPreset.singlePmem.topologyDescription
        tooMany.hostBridges = Array(repeating: tooMany.hostBridges[0], count: 17)
        #expect(Self.error(tooMany)?.contains("1 to 16") == true)
    }

    @Test("YAML and JSON descriptions read the same; errors name the field")
    func decoding() throws {
        let yaml = """
            host_bridges:
              - bus_nr: 40
                root_ports:
                  - device: {persistent: 512M, lsa: 128K, serial: 0x2a}
                  - device: {volatile: 256M}
            windows:
              - targets: [cxl.0]
                size: 8G
                interleave_granularity: 4K
            """
        let json = #"{"host_bridges":[{"bus_nr":40,"root_ports":[{"device":{"persistent":"512M","lsa":"128K","serial":42}},{"device":{"volatile":268435456}}]}],"windows":[{"targets":["cxl.0"],"size":"8G","interleave_granularity":"4K"}]}"#
        let fromYAML = try CXLTopologyDescription(yaml: yaml)
        let fromJSON = try CXLTopologyDescription(json: Data(json.utf8))
        #expect(fromYAML == fromJSON)
        #expect(fromYAML.hostBridges[0].rootPorts[0].device?.serial?.value == 42)
        let topology = try CXLSynthesizer(version: Self.version).synthesize(fromYAML)
        #expect(topology.hostBridges[0].busNumber == 40)
        #expect(topology.windows[0].size == 8 << 30)
        #expect {
            try CXLTopologyDescription(yaml: "host_bridges:\n  - root_ports:\n      - device: {persistent: lots}\n")
        } throws: { error in
            "\(error)".contains("host_bridges[0].root_ports[0].device.persistent")
        }
    }

    static func error(_ description: CXLTopologyDescription, version: QEMUVersion = version) -> String? {
        do {
            _ = try CXLSynthesizer(version: version).synthesize(description)
            return nil
        } catch {
            return error.description
        }
    }
}
