import Foundation
import QEMUCXL
import QEMUCommand
import QEMURuntime
import Testing

@Suite("Presets in the installed QEMU", .serialized)
struct CXLQEMUTests {
    static let program = "qemu-system-x86_64"

    /// The CXL devices a topology should put in QEMU's device tree, with the bus each sits on.
    static func expectedDevices(_ topology: CXLTopology) -> Set<QEMUDeviceTree.Device> {
        var devices: Set<QEMUDeviceTree.Device> = []
        for bridge in topology.hostBridges {
            devices.insert(.init(driver: "pxb-cxl", id: bridge.id, bus: bridge.bus ?? "pcie.0"))
        }
        for port in topology.rootPorts { devices.insert(.init(driver: "cxl-rp", id: port.id, bus: port.bus)) }
        for port in topology.upstreamPorts { devices.insert(.init(driver: "cxl-upstream", id: port.id, bus: port.bus)) }
        for port in topology.downstreamPorts { devices.insert(.init(driver: "cxl-downstream", id: port.id, bus: port.bus)) }
        for device in topology.memoryDevices { devices.insert(.init(driver: "cxl-type3", id: device.id, bus: device.bus)) }
        return devices
    }

    @Test("the preset starts paused and QEMU's device tree holds exactly its CXL devices",
          arguments: [CXLPreset.singlePmem, .interleave2HB, .switch])
    func deviceTree(preset: CXLPreset) throws {
        let version = try QEMUVersionProbe.version(of: Self.program)
        let qemu = try PausedQEMU()
        let topology = try preset.topology(for: version, backendDirectory: qemu.directory.path)
        let qtree = try qemu.humanMonitorCommand("info qtree", argv: [Self.program] + topology.arguments(for: version))
        let tree = QEMUDeviceTree(qtree: qtree)
        let cxl = tree.devices.filter { ["pxb-cxl", "cxl-rp", "cxl-upstream", "cxl-downstream", "cxl-type3"].contains($0.driver) }
        #expect(cxl.count == Set(cxl).count)
        #expect(Set(cxl) == Self.expectedDevices(topology))
        #expect(cxl.filter { $0.driver == "cxl-type3" }.count == topology.memoryDeviceCount)
    }

    @Test("a description with NUMA nodes, maxmem, a switch and custom label areas starts and matches")
    func customDescription() throws {
        let yaml = """
            numa_nodes: 2
            max_memory: 8G
            memory_slots: 4
            host_bridges:
              - numa_node: 1
                root_ports:
                  - device: {persistent: 512M, lsa: 128K}
                  - switch:
                      downstream_ports:
                        - device: {persistent: 256M, lsa: 2M}
                        - {}
              - root_ports:
                  - device: {persistent: 256M}
                  - device: {persistent: 256M}
            windows:
              - targets: [0, 1]
                interleave_granularity: 2K
            """
        let version = try QEMUVersionProbe.version(of: Self.program)
        let qemu = try PausedQEMU()
        var description = try CXLTopologyDescription(yaml: yaml)
        description.backendDirectory = qemu.directory.path
        let topology = try CXLSynthesizer(version: version).synthesize(description)
        let qtree = try qemu.humanMonitorCommand("info qtree", argv: [Self.program] + topology.arguments(for: version))
        let cxl = QEMUDeviceTree(qtree: qtree).devices.filter { $0.driver.hasPrefix("cxl-") || $0.driver == "pxb-cxl" }
        #expect(Set(cxl) == Self.expectedDevices(topology))
        #expect(qtree.contains("numa_node = 1 (0x1)"))
    }

    @Test("presets the installed QEMU cannot run are refused, naming the version needed")
    func tooNew() throws {
        let version = try QEMUVersionProbe.version(of: Self.program)
        for (preset, needed) in [(CXLPreset.dcd, QEMUVersion(9, 1)), (.singleVolatile, QEMUVersion(8, 1))] where version < needed {
            #expect {
                try preset.topology(for: version)
            } throws: { error in
                (error as? CXLSynthesisError)?.versionError?.neededVersion == needed.shortDescription
            }
        }
    }
}
