/// A CXL port as Linux shows it (`root0`, `portN`).
public struct CXLGuestPort: Hashable, Sendable, Codable {
    /// Sysfs name, e.g. `port1`.
    public var name: String
    /// The sysfs parent: `root0` for host bridge ports, a port for switch ports, the platform device for the root.
    public var parent: String
    /// Root, host bridge or switch port.
    public var kind: CXLGuestPortKind
    /// The device the port stands for (`uport` link target), e.g. `pci0000:0c` for a host bridge.
    public var upstreamDevice: String
    /// Hardware ids of the downstream ports (`dportY`), ascending.
    public var dports: [Int]

    /// A port from its sysfs values.
    public init(name: String, parent: String, kind: CXLGuestPortKind, upstreamDevice: String, dports: [Int]) {
        self.name = name
        self.parent = parent
        self.kind = kind
        self.upstreamDevice = upstreamDevice
        self.dports = dports
    }

    /// The root bus number of a host bridge port (`pci0000:0c` → 12), which QEMU sets with `pxb-cxl bus_nr`.
    public var hostBridgeBusNumber: Int? {
        guard kind == .hostBridge, upstreamDevice.hasPrefix("pci"), let colon = upstreamDevice.lastIndex(of: ":") else { return nil }
        return Int(upstreamDevice[upstreamDevice.index(after: colon)...], radix: 16)
    }
}
