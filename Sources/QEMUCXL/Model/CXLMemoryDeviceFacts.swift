/// What a guest should see for one type-3 device: its id, serial and capacities.
public struct CXLMemoryDeviceFacts: Hashable, Sendable, Codable {
    /// The device id (`cxl-pmem0`).
    public var id: String
    /// The QOM path QMP commands take (`/machine/peripheral/cxl-pmem0`).
    public var qomPath: String
    /// The serial number, which Linux shows as `memN/serial` (0 when none is set).
    public var serial: UInt64
    /// Persistent capacity in bytes (`cxl list` `pmem_size`).
    public var persistentSize: UInt64
    /// Volatile capacity in bytes (`cxl list` `ram_size`).
    public var volatileSize: UInt64
    /// Dynamic capacity in bytes.
    public var dynamicCapacitySize: UInt64
    /// Dynamic capacity regions.
    public var dynamicCapacityRegions: Int
    /// The port directly above the device.
    public var parentPort: String
    /// The host bridge above the device, if it is below one.
    public var hostBridge: String?

    /// The kinds of memory the device has, in the order persistent, volatile, dynamic.
    public var kinds: [CXLMemoryKind] {
        let sizes: [(size: UInt64, kind: CXLMemoryKind)] = [
            (persistentSize, .persistent), (volatileSize, .volatile), (dynamicCapacitySize, .dynamicCapacity),
        ]
        return sizes.filter { $0.size > 0 }.map(\.kind)
    }

    /// Creates device facts.
    public init(
        id: String, serial: UInt64, persistentSize: UInt64, volatileSize: UInt64, dynamicCapacitySize: UInt64,
        dynamicCapacityRegions: Int, parentPort: String, hostBridge: String?
    ) {
        self.id = id
        self.qomPath = "/machine/peripheral/" + id
        self.serial = serial
        self.persistentSize = persistentSize
        self.volatileSize = volatileSize
        self.dynamicCapacitySize = dynamicCapacitySize
        self.dynamicCapacityRegions = dynamicCapacityRegions
        self.parentPort = parentPort
        self.hostBridge = hostBridge
    }
}
