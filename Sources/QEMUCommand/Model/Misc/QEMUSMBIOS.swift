/// `-smbios`: SMBIOS table fields or a file of tables.
public struct QEMUSMBIOS: QEMUOptionModel {
    /// `file`: a binary file of SMBIOS entries.
    public var file: String?
    /// `type`: the table type (0, 1, 2, 3, 4, 11, 17, …).
    public var type: UInt64?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-smbios` option; every field is optional.
    public init(file: String? = nil, type: UInt64? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.file = file
        self.type = type
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["smbios"]

    /// Reads a `-smbios` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUSMBIOS: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(file: settings.string("file"), type: settings.unsigned("type"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("file", file)
        writer.add("type", type)
        writer.add(properties)
    }
}
