/// `-name`: the guest name and the QEMU process name.
public struct QEMUGuestName: QEMUOptionModel {
    /// `guest`: the guest name shown in window titles and VNC.
    public var guest: String?
    /// `process`: the host process name.
    public var process: String?
    /// `debug-threads`: whether threads are named for debugging.
    public var debugThreads: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-name` option; every field is optional.
    public init(guest: String? = nil, process: String? = nil, debugThreads: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.guest = guest
        self.process = process
        self.debugThreads = debugThreads
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["name"]

    /// Reads a `-name` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUGuestName: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(guest: settings.string("guest"), process: settings.string("process"), debugThreads: settings.bool("debug-threads"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("guest", guest)
        writer.add("process", process)
        writer.add("debug-threads", debugThreads)
        writer.add(properties)
    }
}
