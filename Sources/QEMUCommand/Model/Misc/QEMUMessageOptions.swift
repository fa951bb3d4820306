/// `-msg`: how QEMU formats its error messages.
public struct QEMUMessageOptions: QEMUOptionModel {
    /// `timestamp`: whether messages start with a timestamp.
    public var timestamp: QEMUBool?
    /// `guest-name`: whether messages start with the guest name.
    public var guestName: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-msg` option; every field is optional.
    public init(timestamp: QEMUBool? = nil, guestName: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.timestamp = timestamp
        self.guestName = guestName
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["msg"]

    /// Reads a `-msg` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUMessageOptions: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(timestamp: settings.bool("timestamp"), guestName: settings.bool("guest-name"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("timestamp", timestamp)
        writer.add("guest-name", guestName)
        writer.add(properties)
    }
}
