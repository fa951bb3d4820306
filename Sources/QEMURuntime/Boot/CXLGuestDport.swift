/// A downstream port of a CXL port as Linux shows it (`dportY` → device).
public struct CXLGuestDport: Hashable, Sendable, Codable {
    /// The hardware port id Y: a host bridge UID (`bus_nr`) below the root, a port number (`port=`) below a host bridge or switch.
    public var id: Int
    /// The device the dport link points to, e.g. `ACPI0016:00` or `0000:0c:00.0`.
    public var device: String

    /// A dport from its sysfs values.
    public init(id: Int, device: String) {
        self.id = id
        self.device = device
    }
}
