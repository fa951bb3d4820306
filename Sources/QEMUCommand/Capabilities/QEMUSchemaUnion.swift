/// A QAPI union from `query-qmp-schema`: the backends of `-netdev`, `-chardev`, `-blockdev` or
/// `-object`, and the members each backend accepts.
public struct QEMUSchemaUnion: Hashable, Sendable, Codable {
    /// The member that picks the variant: `type`, `driver`, `backend` or `qom-type`.
    public var discriminator: String
    /// Members every variant accepts.
    public var commonMembers: [String: QEMUValueType]
    /// Variant name → its own members.
    public var variants: QEMUCapabilityTable<[String: QEMUValueType]>

    /// Creates a union description.
    public init(discriminator: String, commonMembers: [String: QEMUValueType], variants: QEMUCapabilityTable<[String: QEMUValueType]>) {
        self.discriminator = discriminator
        self.commonMembers = commonMembers
        self.variants = variants
    }

    /// The variant names, sorted.
    public var variantNames: [String] { variants.keys }

    /// Every member a variant accepts (common ones included), nil for an unknown variant.
    public func members(of variant: String) -> [String: QEMUValueType]? {
        guard let own = variants[variant] else { return nil }
        return commonMembers.merging(own) { common, _ in common }
    }

    private enum CodingKeys: String, CodingKey {
        case discriminator
        case commonMembers = "common"
        case variants
    }
}
