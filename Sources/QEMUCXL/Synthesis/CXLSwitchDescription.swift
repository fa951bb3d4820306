/// A described switch: an upstream port, its downstream ports and an optional mailbox CCI.
public struct CXLSwitchDescription: Hashable, Sendable, Codable {
    /// The upstream port id; generated (`us0`, …) when absent.
    public var id: String?
    /// Whether to add a `cxl-switch-mailbox-cci` (QEMU 8.2+); default false.
    public var mailboxCCI: Bool?
    /// The switch serial number (QEMU 8.2+); none when absent.
    public var serial: CXLSerialNumber?
    /// The downstream ports, in order.
    public var downstreamPorts: [CXLDownstreamPortDescription]

    /// Creates a switch description.
    public init(
        id: String? = nil, mailboxCCI: Bool? = nil, serial: CXLSerialNumber? = nil,
        downstreamPorts: [CXLDownstreamPortDescription]
    ) {
        self.id = id
        self.mailboxCCI = mailboxCCI
        self.serial = serial
        self.downstreamPorts = downstreamPorts
    }

    enum CodingKeys: String, CodingKey {
        case id, serial
        case mailboxCCI = "mailbox_cci"
        case downstreamPorts = "downstream_ports"
    }
}
