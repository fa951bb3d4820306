/// A CXL memory device as Linux shows it (`/sys/bus/cxl/devices/memN`).
public struct CXLGuestMemdev: Hashable, Sendable, Codable {
    /// Sysfs name, e.g. `mem0`.
    public var name: String
    /// The device serial number (`serial`; 0 when the device has none).
    public var serial: UInt64
    /// Persistent capacity in bytes (`pmem/size`).
    public var pmemSize: UInt64
    /// Volatile capacity in bytes (`ram/size`).
    public var ramSize: UInt64
    /// PCI address of the device, e.g. `0000:0d:00.0`.
    public var pciAddress: String

    /// A memdev from its sysfs values.
    public init(name: String, serial: UInt64, pmemSize: UInt64, ramSize: UInt64, pciAddress: String) {
        self.name = name
        self.serial = serial
        self.pmemSize = pmemSize
        self.ramSize = ramSize
        self.pciAddress = pciAddress
    }
}
