/// A CXL port as a Linux guest numbers it: a host bridge or a switch upstream port with the
/// hardware ids of its downstream ports (sysfs `portX/dportY`).
public struct CXLLinuxPort: Hashable, Sendable, Codable {
    /// The QEMU device id of the host bridge or upstream port.
    public var id: String
    /// The hardware id of this port in its parent's dport list: the host bridge's ACPI UID
    /// (`bus_nr`) or the root/downstream port number above the switch.
    public var parentDportID: Int
    /// The dport ids below it: root port numbers for a host bridge, downstream port numbers for a switch.
    public var dportIDs: [Int]

    /// Creates a port.
    public init(id: String, parentDportID: Int, dportIDs: [Int]) {
        self.id = id
        self.parentDportID = parentDportID
        self.dportIDs = dportIDs
    }
}
