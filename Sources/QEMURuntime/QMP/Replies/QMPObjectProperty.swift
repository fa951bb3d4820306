/// One entry of `qom-list`: a property or child of a QOM object.
public struct QMPObjectProperty: Hashable, Sendable, Codable {
    /// The property name, e.g. `cxl-fmw` or `peripheral`.
    public var name: String
    /// The QOM type, e.g. `bool`, `child<container>`, `link<...>`.
    public var type: String
    /// A description, when QEMU has one.
    public var description: String?
    /// The default value, when QEMU reports one.
    public var defaultValue: QMPValue?

    /// True for `child<...>` entries, which name objects below this one.
    public var isChild: Bool { type.hasPrefix("child<") }

    enum CodingKeys: String, CodingKey {
        case name, type, description
        case defaultValue = "default-value"
    }
}
