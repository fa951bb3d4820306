/// A CXL port as Linux shows it (`root0`, `portN`).
public struct CXLGuestPort: Hashable, Sendable, Codable {
    /// Sysfs name, e.g. `port1`.
    public var name: String
    /// The sysfs parent: `root0` for host bridge ports, a port for switch ports, the platform device for the root.
    public var parent: String
    /// Root, host bridge or switch port.
    public var kind: CXLGuestPortKind
    /// The device the port stands for (`uport` link target), e.g. `ACPI0016:00` for a host bridge.
    public var upstreamDevice: String
    /// The downstream ports (`dportY`), ascending by id.
    public var dports: [CXLGuestDport]
    /// For a host bridge port, its UID: the root's dport id pointing at this host bridge (QEMU's `pxb-cxl bus_nr`).
    public var hostBridgeUID: Int?

    /// A port from its sysfs values.
    public init(name: String, parent: String, kind: CXLGuestPortKind, upstreamDevice: String, dports: [CXLGuestDport], hostBridgeUID: Int? = nil) {
        self.name = name
        self.parent = parent
        self.kind = kind
        self.upstreamDevice = upstreamDevice
        self.dports = dports
        self.hostBridgeUID = hostBridgeUID
    }

    /// The dport ids, ascending.
    public var dportIDs: [Int] { dports.map(\.id).sorted() }
}
