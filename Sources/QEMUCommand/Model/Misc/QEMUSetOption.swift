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

    public static let optionNames = ["set"]

    /// Reads `-set group.id.key=value` (`qemu_set_option()`).
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard let text = option.argument?.text, option.name == "set", let equals = text.firstIndex(of: "=") else {
            throw QEMUModelError("-set expects group.id.key=value")
        }
        let path = text[..<equals].split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard path.count == 3, path.allSatisfy({ !$0.isEmpty && !$0.contains("=") }), !path[2].contains(".") else {
            throw QEMUModelError("-set expects group.id.key=value")
        }
        self.init(
            group: String(path[0]), id: QEMUID(String(path[1])), key: String(path[2]),
            value: String(text[text.index(after: equals)...]), spelling: QEMUSpelling.written(option, canonical: Self.canonicalSpelling))
    }

    /// The option.
    public var option: QEMUOption {
        let text = group + "." + id.rawValue + "." + key + "=" + value
        let (tree, _) = QEMUArgumentReader.read(text, as: .set)
        return QEMUOption(spelling: spelling ?? Self.canonicalSpelling, argument: QEMUOptionArgument(text: text, syntax: tree))
    }
}
