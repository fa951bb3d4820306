/// The built-in topologies; each is also under `examples/cxl/<name>.yaml`.
public enum CXLPreset: String, Hashable, Sendable, Codable, CaseIterable {
    /// One host bridge, one persistent 256M device with a label area and serial 0x1 (QEMU's first example).
    case singlePmem = "single-pmem"
    /// One host bridge, one volatile 256M device (QEMU 8.1+).
    case singleVolatile = "single-volatile"
    /// Two host bridges × two root ports, four persistent devices, one window interleaving both bridges.
    case interleave2HB = "interleave-2hb"
    /// One host bridge, a switch with four downstream ports and four persistent devices.
    case `switch`
    /// One host bridge, one dynamic capacity device with two regions (QEMU 9.1+).
    case dcd

    /// What the preset builds, in one line.
    public var summary: String {
        switch self {
        case .singlePmem: "1 host bridge, 1 persistent 256M device (QEMU's docs)"
        case .singleVolatile: "1 host bridge, 1 volatile 256M device (QEMU 8.1+)"
        case .interleave2HB: "2 host bridges x 2 root ports, 4 persistent devices, a window interleaving both bridges"
        case .switch: "1 host bridge, a switch with 4 downstream ports, 4 persistent devices"
        case .dcd: "1 host bridge, 1 dynamic capacity device with 2 regions (QEMU 9.1+)"
        }
    }

    /// The preset's description.
    public var topologyDescription: CXLTopologyDescription {
        switch self {
        case .singlePmem:
            Self.single(CXLDeviceDescription(persistent: "256M", lsa: "256M", serial: 0x1))
        case .singleVolatile:
            Self.single(CXLDeviceDescription(volatile: "256M", serial: 0x1))
        case .dcd:
            Self.single(CXLDeviceDescription(dynamicCapacity: CXLDynamicCapacityDescription(regions: 2, size: "2G"), serial: 0x5))
        case .interleave2HB:
            Self.interleaveDescription
        case .switch:
            Self.switchDescription
        }
    }

    private static func pmem(_ serial: UInt64) -> CXLDeviceDescription {
        CXLDeviceDescription(persistent: "256M", lsa: "256M", serial: CXLSerialNumber(serial))
    }

    private static func single(_ device: CXLDeviceDescription) -> CXLTopologyDescription {
        CXLTopologyDescription(
            hostBridges: [CXLHostBridgeDescription(rootPorts: [CXLRootPortDescription(device: device)])],
            windows: [CXLWindowDescription(targets: [.index(0)], size: "4G")])
    }

    private static var interleaveDescription: CXLTopologyDescription {
        CXLTopologyDescription(
            hostBridges: [
                CXLHostBridgeDescription(rootPorts: [CXLRootPortDescription(device: pmem(1)), CXLRootPortDescription(device: pmem(2))]),
                CXLHostBridgeDescription(rootPorts: [CXLRootPortDescription(device: pmem(3)), CXLRootPortDescription(device: pmem(4))]),
            ],
            windows: [CXLWindowDescription(targets: [.index(0), .index(1)], size: "4G", interleaveGranularity: "8K")])
    }

    private static var switchDescription: CXLTopologyDescription {
        let downstream = (1...4).map { CXLDownstreamPortDescription(device: pmem(UInt64($0))) }
        return CXLTopologyDescription(
            hostBridges: [CXLHostBridgeDescription(rootPorts: [
                CXLRootPortDescription(switch: CXLSwitchDescription(downstreamPorts: downstream)),
                CXLRootPortDescription(),
            ])],
            windows: [CXLWindowDescription(targets: [.index(0)], size: "4G", interleaveGranularity: "4K")])
    }
}
