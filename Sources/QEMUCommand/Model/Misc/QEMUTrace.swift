/// `-trace`: trace events to enable.
public struct QEMUTrace: QEMUOptionModel {
    /// `enable`: the event name pattern.
    public var enable: String?
    /// `events`: a file of event name patterns.
    public var events: String?
    /// `file`: the trace output file.
    public var file: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-trace` option; every field is optional.
    public init(enable: String? = nil, events: String? = nil, file: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.enable = enable
        self.events = events
        self.file = file
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["trace"]

    /// Reads a `-trace` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUTrace: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(enable: settings.string("enable"), events: settings.string("events"), file: settings.string("file"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("enable", enable)
        writer.add("events", events)
        writer.add("file", file)
        writer.add(properties)
    }
}
