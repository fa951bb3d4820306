/// A PCIe slot outside the CXL hierarchy (`pcie-root-port`, `ioh3420`, `xio3130-downstream`),
/// whose chassis/slot pair CXL ports must not reuse.
public struct CXLPCIeSlot: Hashable, Sendable, Codable {
    /// The device id, when it has one.
    public var id: String?
    /// The QEMU device type.
    public var driver: String
    /// `chassis` (QEMU's default 0).
    public var chassis: Int
    /// `slot` (QEMU's default 0).
    public var slot: Int

    /// Creates a slot.
    public init(id: String?, driver: String, chassis: Int, slot: Int) {
        self.id = id
        self.driver = driver
        self.chassis = chassis
        self.slot = slot
    }

    /// The device types that take a chassis/slot pair.
    public static let drivers: Set<String> = ["pcie-root-port", "ioh3420", "xio3130-downstream"]
}
