/// A CXL type-3 memory device: `-device cxl-type3,bus=rp0,persistent-memdev=m0,lsa=l0,id=cxl-pmem0,sn=0x1`.
public struct CXLType3Device: Hashable, Sendable, Codable {
    /// The device id; its QOM path is `/machine/peripheral/<id>`.
    public var id: String
    /// `bus`: the root or downstream port above it.
    public var bus: String
    /// `memdev`: the deprecated, always persistent backend (the only one before QEMU 8.1).
    public var legacyMemdev: String?
    /// `persistent-memdev` (QEMU 8.1+).
    public var persistentMemdev: String?
    /// `volatile-memdev` (QEMU 8.1+).
    public var volatileMemdev: String?
    /// `volatile-dc-memdev` (QEMU 9.1+): one backend shared by all dynamic capacity regions.
    public var dynamicCapacityMemdev: String?
    /// `num-dc-regions` (QEMU 9.1+).
    public var dynamicCapacityRegions: Int?
    /// `lsa`: the label storage area backend.
    public var lsa: String?
    /// `sn`: the serial number Linux shows as `memN/serial`.
    public var serial: UInt64?
    /// Properties without a field of their own.
    public var extraProperties: [CXLProperty]

    /// Creates a type-3 device.
    public init(
        id: String, bus: String, legacyMemdev: String? = nil, persistentMemdev: String? = nil,
        volatileMemdev: String? = nil, dynamicCapacityMemdev: String? = nil, dynamicCapacityRegions: Int? = nil,
        lsa: String? = nil, serial: UInt64? = nil, extraProperties: [CXLProperty] = []
    ) {
        self.id = id
        self.bus = bus
        self.legacyMemdev = legacyMemdev
        self.persistentMemdev = persistentMemdev
        self.volatileMemdev = volatileMemdev
        self.dynamicCapacityMemdev = dynamicCapacityMemdev
        self.dynamicCapacityRegions = dynamicCapacityRegions
        self.lsa = lsa
        self.serial = serial
        self.extraProperties = extraProperties
    }

    /// The persistent backend, whichever property names it.
    public var anyPersistentMemdev: String? { persistentMemdev ?? legacyMemdev }

    /// Every memory backend id the device maps (not its LSA).
    public var memdevs: [String] {
        [legacyMemdev, persistentMemdev, volatileMemdev, dynamicCapacityMemdev].compactMap(\.self)
    }
}
