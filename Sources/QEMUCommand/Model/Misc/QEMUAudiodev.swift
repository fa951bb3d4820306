/// `-audiodev`: an audio backend.
public struct QEMUAudiodev: QEMUOptionModel {
    /// `driver`: the backend: `none`, `alsa`, `pa`, `pipewire`, `wav`, ….
    public var driver: String?
    /// `id`: the id sound devices refer to with `audiodev=`.
    public var id: QEMUID?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-audiodev` option; every field is optional.
    public init(driver: String? = nil, id: QEMUID? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.driver = driver
        self.id = id
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["audiodev"]

    /// Reads a `-audiodev` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUAudiodev: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(driver: settings.string("driver"), id: settings.id("id"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("driver", driver)
        writer.add("id", id)
        writer.add(properties)
    }
}
