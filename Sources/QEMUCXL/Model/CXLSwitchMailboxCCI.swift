/// A switch mailbox CCI (QEMU 8.2+): `-device cxl-switch-mailbox-cci,bus=rp0,addr=0.1,target=us0`.
public struct CXLSwitchMailboxCCI: Hashable, Sendable, Codable {
    /// The device id, when it has one.
    public var id: String?
    /// `bus`: the port the switch's upstream port sits on.
    public var bus: String
    /// `target`: the upstream port id.
    public var target: String?
    /// Properties without a field of their own (`addr=0.1`).
    public var extraProperties: [CXLProperty]

    /// Creates a switch mailbox CCI.
    public init(id: String? = nil, bus: String, target: String?, extraProperties: [CXLProperty] = []) {
        self.id = id
        self.bus = bus
        self.target = target
        self.extraProperties = extraProperties
    }
}
