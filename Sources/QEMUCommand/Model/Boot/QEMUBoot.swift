/// `-boot`: boot order, menu and timeouts.
public struct QEMUBoot: QEMUOptionModel {
    /// `order`: drives to boot from in order (`c` disk, `d` CD-ROM, `n` network).
    public var order: String?
    /// `once`: the order for the first boot only.
    public var once: String?
    /// `menu`: whether the firmware shows a boot menu.
    public var menu: QEMUBool?
    /// `splash-time`: milliseconds the splash picture is shown.
    public var splashTime: UInt64?
    /// `reboot-timeout`: milliseconds before rebooting when no boot device is found.
    public var rebootTimeout: UInt64?
    /// `strict`: whether to boot only from the listed devices.
    public var strict: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// Boot settings.
    public init(
        order: String? = nil, once: String? = nil, menu: QEMUBool? = nil, splashTime: UInt64? = nil, rebootTimeout: UInt64? = nil,
        strict: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.order = order
        self.once = once
        self.menu = menu
        self.splashTime = splashTime
        self.rebootTimeout = rebootTimeout
        self.strict = strict
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["boot"]

    /// Reads a `-boot` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUBoot: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(
            order: settings.string("order"), once: settings.string("once"), menu: settings.bool("menu"),
            splashTime: settings.unsigned("splash-time"), rebootTimeout: settings.unsigned("reboot-timeout"), strict: settings.bool("strict"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("order", order)
        writer.add("once", once)
        writer.add("menu", menu)
        writer.add("splash-time", splashTime)
        writer.add("reboot-timeout", rebootTimeout)
        writer.add("strict", strict)
        writer.add(properties)
    }
}
