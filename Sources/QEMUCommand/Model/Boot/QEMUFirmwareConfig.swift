/// `-fw_cfg`: a file or string passed to the firmware.
public struct QEMUFirmwareConfig: QEMUOptionModel {
    /// `name`: the fw_cfg name, such as `opt/com.example/config`.
    public var name: String?
    /// `file`: the host file with the content.
    public var file: String?
    /// `string`: the content as text.
    public var string: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-fw_cfg` option; every field is optional.
    public init(name: String? = nil, file: String? = nil, string: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.name = name
        self.file = file
        self.string = string
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["fw_cfg"]

    /// Reads a `-fw_cfg` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUFirmwareConfig: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(name: settings.string("name"), file: settings.string("file"), string: settings.string("string"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("name", name)
        writer.add("file", file)
        writer.add("string", string)
        writer.add(properties)
    }
}
