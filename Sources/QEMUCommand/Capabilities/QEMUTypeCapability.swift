/// A creatable QOM type of a QEMU binary (a `-device` driver or an `-object` type).
public struct QEMUTypeCapability: Hashable, Sendable, Codable {
    /// The parent QOM type, such as `pci-device`.
    public var parent: String?
    /// The properties of the type; nil when the profile does not know them or when
    /// ``sharesPropertiesWith`` names the type that holds the identical list.
    public var properties: QEMUPropertyList?
    /// Another type of the profile with exactly the same properties (CPU models share one list),
    /// stored once to keep profiles small.
    public var sharesPropertiesWith: String?

    /// Creates a type capability.
    public init(parent: String?, properties: QEMUPropertyList?, sharesPropertiesWith: String? = nil) {
        self.parent = parent
        self.properties = properties
        self.sharesPropertiesWith = sharesPropertiesWith
    }

    private enum CodingKeys: String, CodingKey {
        case parent, properties
        case sharesPropertiesWith = "same"
    }
}
