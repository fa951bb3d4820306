/// A CXL switch's upstream port: `-device cxl-upstream,bus=root_port0,id=us0`.
public struct CXLUpstreamPort: Hashable, Sendable, Codable {
    /// The device id, named by the switch's downstream ports.
    public var id: String
    /// `bus`: the root port (or, cascaded, downstream port) above the switch.
    public var bus: String
    /// `port`: the upstream port number.
    public var port: Int?
    /// `sn` (QEMU 8.2+): the switch serial number.
    public var serial: UInt64?
    /// Properties without a field of their own (`multifunction=on`, `addr=0.0`).
    public var extraProperties: [CXLProperty]

    /// Creates an upstream port.
    public init(id: String, bus: String, port: Int? = nil, serial: UInt64? = nil, extraProperties: [CXLProperty] = []) {
        self.id = id
        self.bus = bus
        self.port = port
        self.serial = serial
        self.extraProperties = extraProperties
    }
}
