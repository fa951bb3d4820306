/// `-audio`: an audio backend and a sound device in one option (QEMU ≥ 8.2).
public struct QEMUAudio: QEMUOptionModel {
    /// `driver`: the backend.
    public var driver: String?
    /// `model`: the sound device model.
    public var model: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-audio` option; every field is optional.
    public init(driver: String? = nil, model: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.driver = driver
        self.model = model
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["audio"]

    /// Reads a `-audio` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUAudio: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(driver: settings.string("driver"), model: settings.string("model"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("driver", driver)
        writer.add("model", model)
        writer.add(properties)
    }
}
