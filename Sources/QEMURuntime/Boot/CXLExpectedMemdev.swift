/// A type-3 device Linux should show as a memdev.
public struct CXLExpectedMemdev: Hashable, Sendable, Codable {
    /// The QEMU device id, e.g. `cxl-pmem0`.
    public var id: String
    /// The serial number (`sn=`), nil when the device has none.
    public var serial: UInt64?
    /// Persistent capacity in bytes.
    public var pmemSize: UInt64
    /// Volatile capacity in bytes.
    public var ramSize: UInt64
    /// Where the device sits.
    public var attachment: CXLExpectedAttachment

    /// An expected memdev.
    public init(id: String, serial: UInt64?, pmemSize: UInt64, ramSize: UInt64, attachment: CXLExpectedAttachment) {
        self.id = id
        self.serial = serial
        self.pmemSize = pmemSize
        self.ramSize = ramSize
        self.attachment = attachment
    }

    /// `cxl-pmem0 (serial 0x1)`, or just the id without a serial.
    public var label: String {
        serial.map { "\(id) (serial 0x\(String($0, radix: 16)))" } ?? id
    }

    /// Whether Linux can attach the device to its port hierarchy (it sits below a root or downstream port).
    public var isBelowCXLPort: Bool {
        if case .otherBus = attachment { return false }
        return true
    }
}
