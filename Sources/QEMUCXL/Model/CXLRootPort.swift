/// A CXL root port: `-device cxl-rp,port=0,bus=cxl.1,id=root_port13,chassis=0,slot=2`.
public struct CXLRootPort: Hashable, Sendable, Codable {
    /// The device id, named by what sits below it.
    public var id: String
    /// `bus`: the host bridge id.
    public var bus: String
    /// `port`: the PCIe port number, the host bridge's dport id in Linux.
    public var port: Int?
    /// `chassis`.
    public var chassis: Int?
    /// `slot`.
    public var slot: Int?
    /// Properties without a field of their own.
    public var extraProperties: [CXLProperty]

    /// Creates a root port.
    public init(id: String, bus: String, port: Int?, chassis: Int?, slot: Int?, extraProperties: [CXLProperty] = []) {
        self.id = id
        self.bus = bus
        self.port = port
        self.chassis = chassis
        self.slot = slot
        self.extraProperties = extraProperties
    }
}
