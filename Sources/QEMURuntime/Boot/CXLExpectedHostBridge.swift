/// A `pxb-cxl` host bridge with its root ports, as the command line describes it.
public struct CXLExpectedHostBridge: Hashable, Sendable, Codable {
    /// The QEMU device id, e.g. `cxl.1`.
    public var id: String
    /// `bus_nr`, which Linux shows as the root's dport id and the host bridge's PCI domain bus.
    public var busNumber: Int
    /// Port numbers (`cxl-rp port=`) of its root ports.
    public var rootPorts: [Int]

    /// An expected host bridge.
    public init(id: String, busNumber: Int, rootPorts: [Int]) {
        self.id = id
        self.busNumber = busNumber
        self.rootPorts = rootPorts
    }
}
