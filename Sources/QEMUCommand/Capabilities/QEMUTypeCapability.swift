/// A creatable QOM type of a QEMU binary (a `-device` driver or an `-object` type).
public struct QEMUTypeCapability: Hashable, Sendable, Codable {
    /// The parent QOM type, such as `pci-device`.
    public var parent: String?
    /// The properties of the type; nil when the profile does not know them.
    public var properties: QEMUPropertyList?

    /// Creates a type capability.
    public init(parent: String?, properties: QEMUPropertyList?) {
        self.parent = parent
        self.properties = properties
    }
}
