/// A described host bridge and its root ports.
public struct CXLHostBridgeDescription: Hashable, Sendable, Codable {
    /// The bridge id; generated (`cxl.0`, …) when absent.
    public var id: String?
    /// `bus_nr`; spaced automatically when absent.
    public var busNumber: Int?
    /// `numa_node`; none when absent.
    public var numaNode: Int?
    /// `hdm_for_passthrough` (QEMU 8.0+); not emitted when absent.
    public var hdmForPassthrough: Bool?
    /// The root ports, in order.
    public var rootPorts: [CXLRootPortDescription]

    /// Creates a host bridge description.
    public init(
        id: String? = nil, busNumber: Int? = nil, numaNode: Int? = nil, hdmForPassthrough: Bool? = nil,
        rootPorts: [CXLRootPortDescription]
    ) {
        self.id = id
        self.busNumber = busNumber
        self.numaNode = numaNode
        self.hdmForPassthrough = hdmForPassthrough
        self.rootPorts = rootPorts
    }

    enum CodingKeys: String, CodingKey {
        case id
        case busNumber = "bus_nr"
        case numaNode = "numa_node"
        case hdmForPassthrough = "hdm_for_passthrough"
        case rootPorts = "root_ports"
    }
}
