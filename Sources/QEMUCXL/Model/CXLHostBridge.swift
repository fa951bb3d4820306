/// A CXL host bridge: `-device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1`.
public struct CXLHostBridge: Hashable, Sendable, Codable {
    /// The device id, named by root ports (`bus=`) and windows (`targets`).
    public var id: String
    /// `bus_nr`: the first bus number of the new root bus, also its ACPI UID.
    public var busNumber: Int?
    /// `bus`: the root bus it sits on (`pcie.0`).
    public var bus: String?
    /// `numa_node`: the NUMA node the bridge belongs to.
    public var numaNode: Int?
    /// `hdm_for_passthrough` (QEMU 8.0+): keep HDM decoders with a single root port.
    public var hdmForPassthrough: Bool?
    /// Properties without a field of their own.
    public var extraProperties: [CXLProperty]

    /// Creates a host bridge.
    public init(
        id: String, busNumber: Int?, bus: String? = "pcie.0", numaNode: Int? = nil,
        hdmForPassthrough: Bool? = nil, extraProperties: [CXLProperty] = []
    ) {
        self.id = id
        self.busNumber = busNumber
        self.bus = bus
        self.numaNode = numaNode
        self.hdmForPassthrough = hdmForPassthrough
        self.extraProperties = extraProperties
    }
}
