/// `-mon`: a HMP or QMP monitor on a chardev.
public struct QEMUMonitor: QEMUOptionModel {
    /// `chardev`: the chardev the monitor talks on.
    public var chardev: QEMUID?
    /// `id`: the monitor id.
    public var id: QEMUID?
    /// `mode`: `readline` (HMP) or `control` (QMP).
    public var mode: String?
    /// `pretty`: whether QMP output is pretty-printed.
    public var pretty: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-mon` option; every field is optional.
    public init(chardev: QEMUID? = nil, id: QEMUID? = nil, mode: String? = nil, pretty: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.chardev = chardev
        self.id = id
        self.mode = mode
        self.pretty = pretty
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["mon"]

    /// Reads a `-mon` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUMonitor: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(chardev: settings.id("chardev"), id: settings.id("id"), mode: settings.string("mode"), pretty: settings.bool("pretty"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("chardev", chardev)
        writer.add("id", id)
        writer.add("mode", mode)
        writer.add("pretty", pretty)
        writer.add(properties)
    }
}
