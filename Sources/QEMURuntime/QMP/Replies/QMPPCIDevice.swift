import Foundation

/// One PCI function of `query-pci`.
public struct QMPPCIDevice: Hashable, Sendable, Codable {
    /// The bus number.
    public var bus: Int
    /// The slot (device) number.
    public var slot: Int
    /// The function number.
    public var function: Int
    /// The device class.
    public var classInfo: ClassInfo
    /// Vendor and device identifiers.
    public var id: Identifiers
    /// The legacy interrupt line, if any.
    public var irq: Int?
    /// The `-device id=` of the device, empty when none was given.
    public var qdevID: String
    /// Bridge details, for PCI bridges and ports.
    public var pciBridge: Bridge?

    /// `bb:ss.f` in hexadecimal, as `lspci` prints it.
    public var address: String {
        String(format: "%02x:%02x.%x", bus, slot, function)
    }

    /// This device followed by every device behind it, when it is a bridge.
    public var selfAndDevicesBehind: [QMPPCIDevice] {
        [self] + (pciBridge?.devices ?? []).flatMap(\.selfAndDevicesBehind)
    }

    enum CodingKeys: String, CodingKey {
        case bus, slot, function, irq, id
        case classInfo = "class_info"
        case qdevID = "qdev_id"
        case pciBridge = "pci_bridge"
    }

    /// The PCI class of a device.
    public struct ClassInfo: Hashable, Sendable, Codable {
        /// The class code, e.g. 1536 (0x0600, host bridge).
        public var `class`: Int
        /// QEMU's description, e.g. `Host bridge`.
        public var desc: String?
    }

    /// Vendor, device and subsystem identifiers.
    public struct Identifiers: Hashable, Sendable, Codable {
        /// The device ID.
        public var device: Int
        /// The vendor ID.
        public var vendor: Int
        /// The subsystem ID.
        public var subsystem: Int?
        /// The subsystem vendor ID.
        public var subsystemVendor: Int?

        enum CodingKeys: String, CodingKey {
            case device, vendor, subsystem
            case subsystemVendor = "subsystem-vendor"
        }
    }

    /// What a bridge forwards and the devices behind it.
    public struct Bridge: Hashable, Sendable, Codable {
        /// The bus numbers behind the bridge.
        public var bus: BusNumbers
        /// The devices on the secondary bus.
        public var devices: [QMPPCIDevice]?
    }

    /// The primary, secondary and subordinate bus numbers of a bridge.
    public struct BusNumbers: Hashable, Sendable, Codable {
        /// The bus the bridge sits on.
        public var number: Int
        /// The bus directly behind the bridge.
        public var secondary: Int
        /// The highest bus number behind the bridge.
        public var subordinate: Int
    }
}
