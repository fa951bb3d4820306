/// `-set group.id.key=value`: sets a key of an option given earlier, found by group and id.
public struct QEMUSetOption: QEMUOptionModel {
    /// The QemuOpts group, such as `device` or `drive`.
    public var group: String
    /// The id of the option to change.
    public var id: QEMUID
    /// The key to set.
    public var key: String
    /// The value.
    public var value: String
    /// The option word as written; `nil` for `-set`.
    public var spelling: String?

    /// A `-set` option.
    public init(group: String, id: QEMUID, key: String, value: String, spelling: String? = nil) {
        self.group = group
        self.id = id
        self.key = key
        self.value = value
        self.spelling = spelling
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["set"]

    /// Reads `-set group.id.key=value` (the syntax layer's ``QEMUSetArgument``).
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard option.name == "set", case .set(let tree) = option.argument?.syntax else {
            throw QEMUModelError("-set expects group.id.key=value")
        }
        self.init(
            group: tree.group, id: QEMUID(tree.id), key: tree.property, value: tree.value,
            spelling: QEMUSpelling.written(option, canonical: Self.canonicalSpelling))
    }

    /// The option.
    public var option: QEMUOption {
        let tree = QEMUSetArgument(group: group, id: id.rawValue, property: key, value: value)
        return QEMUOption(spelling: spelling ?? Self.canonicalSpelling, argument: QEMUOptionArgument(.set(tree)))
    }
}
