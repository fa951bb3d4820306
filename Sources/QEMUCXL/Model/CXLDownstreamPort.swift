/// A CXL switch's downstream port: `-device cxl-downstream,port=0,bus=us0,id=swport0,chassis=0,slot=4`.
public struct CXLDownstreamPort: Hashable, Sendable, Codable {
    /// The device id, named by the device below it.
    public var id: String
    /// `bus`: the upstream port id.
    public var bus: String
    /// `port`: the port number, the switch's dport id in Linux.
    public var port: Int?
    /// `chassis`.
    public var chassis: Int?
    /// `slot`.
    public var slot: Int?
    /// Properties without a field of their own.
    public var extraProperties: [CXLProperty]

    /// Creates a downstream port.
    public init(id: String, bus: String, port: Int?, chassis: Int?, slot: Int?, extraProperties: [CXLProperty] = []) {
        self.id = id
        self.bus = bus
        self.port = port
        self.chassis = chassis
        self.slot = slot
        self.extraProperties = extraProperties
    }
}
