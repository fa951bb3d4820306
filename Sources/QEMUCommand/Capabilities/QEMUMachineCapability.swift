/// A machine type a QEMU binary offers (`-machine help`).
public struct QEMUMachineCapability: Hashable, Sendable, Codable {
    /// The machine type name, such as `pc-q35-7.2`.
    public var name: String
    /// The short alias, such as `q35`.
    public var alias: String?
    /// Whether this is the machine used without `-machine`.
    public var isDefault: Bool
    /// Whether QEMU marks the machine type deprecated.
    public var isDeprecated: Bool
    /// The properties of the machine type; nil when the profile does not know them.
    public var properties: QEMUPropertyList?

    /// Creates a machine capability.
    public init(name: String, alias: String?, isDefault: Bool, isDeprecated: Bool, properties: QEMUPropertyList?) {
        self.name = name
        self.alias = alias
        self.isDefault = isDefault
        self.isDeprecated = isDeprecated
        self.properties = properties
    }

    private enum CodingKeys: String, CodingKey {
        case name, alias, properties
        case isDefault = "default"
        case isDeprecated = "deprecated"
    }

    /// Reads a machine, where absent booleans mean false.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        alias = try container.decodeIfPresent(String.self, forKey: .alias)
        isDefault = try container.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        isDeprecated = try container.decodeIfPresent(Bool.self, forKey: .isDeprecated) ?? false
        properties = try container.decodeIfPresent(QEMUPropertyList.self, forKey: .properties)
    }

    /// Writes a machine, leaving out false booleans.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(alias, forKey: .alias)
        if isDefault { try container.encode(true, forKey: .isDefault) }
        if isDeprecated { try container.encode(true, forKey: .isDeprecated) }
        try container.encodeIfPresent(properties, forKey: .properties)
    }
}
