/// One PCI bus of `query-pci` with the devices on it.
public struct QMPPCIBus: Hashable, Sendable, Codable {
    /// The bus number.
    public var bus: Int
    /// The devices on this bus; bridges list their own devices below.
    public var devices: [QMPPCIDevice]

    /// Every device on this bus and, recursively, behind its bridges.
    public var allDevices: [QMPPCIDevice] {
        devices.flatMap(\.selfAndDevicesBehind)
    }
}
