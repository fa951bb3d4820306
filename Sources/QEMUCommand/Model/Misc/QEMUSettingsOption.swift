/// A `key=value` or JSON option whose family has no dedicated type: `-display`, `-vnc`,
/// `-spice`, `-mon`, `-fsdev`, `-virtfs`, `-name`, `-rtc`, `-smbios`, `-fw_cfg`, `-tpmdev`,
/// `-audiodev`, `-audio`, `-icount`, `-overcommit`, `-msg`, `-sandbox`, `-run-with`, `-trace`, ….
///
/// Every setting is kept in order; ``subscript(_:)`` reads and sets values by key.
public struct QEMUSettingsOption: QEMUOptionModel {
    /// The option name without dashes, such as `rtc`.
    public var name: String
    /// The settings, in the order written (an implied first value under the option's implied key).
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// An option `name` with settings.
    public init(_ name: String, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.name = name
        self.properties = properties
        self.form = form
    }

    /// Every known option read as key=value or JSON that has no dedicated family.
    public static let optionNames: [String] = {
        QEMUOptionTable.all.filter { info in
            QEMUModelItem.dedicatedFamily(for: info.name) == nil && isKeyed(info.syntax)
        }.map(\.name)
    }()

    static func isKeyed(_ syntax: QEMUArgumentSyntax) -> Bool {
        switch syntax {
        case .qemuOpts, .keyval, .jsonOrQEMUOpts, .jsonOrKeyval, .netdev, .display: true
        default: false
        }
    }

    /// Reads an option of a family without a dedicated type.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        self = try Self.read(option)
        name = option.name
    }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }

    /// The value QEMU uses for `key` as text (the last one written); setting replaces it in place.
    public subscript(key: String) -> String? {
        get { properties.last { $0.key == key }.flatMap { QEMUSettingsReader.text(of: $0.value) } }
        set { properties = QEMUPropertySetting.set(key, newValue, in: properties) }
    }
}

extension QEMUSettingsOption: QEMUKeyedOption {
    var defaultSpelling: String { "-" + name }

    static func canonicalSpelling(for option: QEMUOption) -> String { "-" + option.name }

    /// The settings; ``init(reading:)`` names the option.
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init("", properties: settings.remaining)
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add(properties)
    }
}
