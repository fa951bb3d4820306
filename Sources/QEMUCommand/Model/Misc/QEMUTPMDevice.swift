/// `-tpmdev`: a TPM backend (`passthrough` or `emulator`).
public struct QEMUTPMDevice: QEMUOptionModel {
    /// `type`: the backend type.
    public var type: String?
    /// `id`: the id `tpm-tis,tpmdev=` refers to.
    public var id: QEMUID?
    /// `path`: the host TPM device (`passthrough`).
    public var path: String?
    /// `chardev`: the swtpm socket chardev (`emulator`).
    public var chardev: QEMUID?
    /// `cancel-path`: the cancel file (`passthrough`).
    public var cancelPath: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-tpmdev` option; every field is optional.
    public init(type: String? = nil, id: QEMUID? = nil, path: String? = nil, chardev: QEMUID? = nil, cancelPath: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.type = type
        self.id = id
        self.path = path
        self.chardev = chardev
        self.cancelPath = cancelPath
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["tpmdev"]

    /// Reads a `-tpmdev` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUTPMDevice: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(type: settings.string("type"), id: settings.id("id"), path: settings.string("path"), chardev: settings.id("chardev"), cancelPath: settings.string("cancel-path"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add("id", id)
        writer.add("path", path)
        writer.add("chardev", chardev)
        writer.add("cancel-path", cancelPath)
        writer.add(properties)
    }
}
