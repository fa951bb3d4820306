/// The facts a running guest should confirm: counts of components and what each memory device holds.
extension CXLTopology {
    /// One entry per type-3 device, in order.
    public var memoryDeviceFacts: [CXLMemoryDeviceFacts] {
        let bridges = Set(hostBridges.map(\.id))
        return memoryDevices.map { device in
            CXLMemoryDeviceFacts(
                id: device.id, serial: device.serial ?? 0,
                persistentSize: backendSize(device.anyPersistentMemdev), volatileSize: backendSize(device.volatileMemdev),
                dynamicCapacitySize: backendSize(device.dynamicCapacityMemdev),
                dynamicCapacityRegions: device.dynamicCapacityRegions ?? 0, parentPort: device.bus,
                hostBridge: ancestors(of: device.id).first { bridges.contains($0) })
        }
    }

    /// The number of host bridges (`pxb-cxl`); Linux shows one `portN` each below `root0`.
    public var hostBridgeCount: Int { hostBridges.count }
    /// The number of root ports (`cxl-rp`).
    public var rootPortCount: Int { rootPorts.count }
    /// The number of switch upstream ports (`cxl-upstream`), one per switch.
    public var switchUpstreamPortCount: Int { upstreamPorts.count }
    /// The number of switch downstream ports (`cxl-downstream`).
    public var switchDownstreamPortCount: Int { downstreamPorts.count }
    /// The number of type-3 devices; Linux shows one `memN` each.
    public var memoryDeviceCount: Int { memoryDevices.count }

    /// How many devices of each QEMU type the topology has (`pxb-cxl`: 2, `cxl-rp`: 4, …).
    public var deviceCounts: [CXLComponentKind: Int] {
        [
            .hostBridge: hostBridges.count, .rootPort: rootPorts.count, .upstreamPort: upstreamPorts.count,
            .downstreamPort: downstreamPorts.count, .mailboxCCI: mailboxCCIs.count, .memoryDevice: memoryDevices.count,
        ]
    }
}
