/// A described type-3 device: which memory it has and, optionally, its id, LSA and serial.
public struct CXLDeviceDescription: Hashable, Sendable, Codable {
    /// The device id; generated (`cxl-pmem0`, `cxl-vmem0`, `cxl-dcd0`, `cxl-mem0`) when absent.
    public var id: String?
    /// Persistent capacity, backed by a file.
    public var persistent: CXLSize?
    /// Volatile capacity (QEMU 8.1+), backed by RAM unless `volatileBackend` says `file`.
    public var volatile: CXLSize?
    /// Dynamic capacity (QEMU 9.1+).
    public var dynamicCapacity: CXLDynamicCapacityDescription?
    /// The label storage area size; defaults to 256M for persistent devices and none otherwise.
    public var lsa: CXLSize?
    /// The serial number; a unique non-zero one is generated when absent.
    public var serial: CXLSerialNumber?
    /// `file` or `ram` for the volatile backend; defaults to `ram`.
    public var volatileBackend: CXLBackendKindName?

    /// Creates a device description.
    public init(
        id: String? = nil, persistent: CXLSize? = nil, volatile: CXLSize? = nil,
        dynamicCapacity: CXLDynamicCapacityDescription? = nil, lsa: CXLSize? = nil, serial: CXLSerialNumber? = nil,
        volatileBackend: CXLBackendKindName? = nil
    ) {
        self.id = id
        self.persistent = persistent
        self.volatile = volatile
        self.dynamicCapacity = dynamicCapacity
        self.lsa = lsa
        self.serial = serial
        self.volatileBackend = volatileBackend
    }

    enum CodingKeys: String, CodingKey {
        case id, persistent, volatile, lsa, serial
        case dynamicCapacity = "dynamic_capacity"
        case volatileBackend = "volatile_backend"
    }
}
