/// `-overcommit`: guest memory locking and CPU power management.
public struct QEMUOvercommit: QEMUOptionModel {
    /// `mem-lock`: `on`, `off` or `on-fault`.
    public var memoryLock: String?
    /// `cpu-pm`: whether guest CPUs may use host power management.
    public var cpuPM: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-overcommit` option; every field is optional.
    public init(memoryLock: String? = nil, cpuPM: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.memoryLock = memoryLock
        self.cpuPM = cpuPM
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["overcommit"]

    /// Reads a `-overcommit` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUOvercommit: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(memoryLock: settings.string("mem-lock"), cpuPM: settings.bool("cpu-pm"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("mem-lock", memoryLock)
        writer.add("cpu-pm", cpuPM)
        writer.add(properties)
    }
}
