/// `-rtc`: the real-time clock.
public struct QEMURTC: QEMUOptionModel {
    /// `base`: `utc`, `localtime` or a date.
    public var base: String?
    /// `clock`: `host`, `rt` or `vm`.
    public var clock: String?
    /// `driftfix`: `none` or `slew`.
    public var driftFix: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-rtc` option; every field is optional.
    public init(base: String? = nil, clock: String? = nil, driftFix: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.base = base
        self.clock = clock
        self.driftFix = driftFix
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["rtc"]

    /// Reads a `-rtc` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMURTC: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(base: settings.string("base"), clock: settings.string("clock"), driftFix: settings.string("driftfix"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("base", base)
        writer.add("clock", clock)
        writer.add("driftfix", driftFix)
        writer.add(properties)
    }
}
