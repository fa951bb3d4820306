/// `-icount`: instruction counting (deterministic TCG timing, record/replay).
public struct QEMUInstructionCount: QEMUOptionModel {
    /// `shift`: nanoseconds per instruction as a power of two, or `auto`.
    public var shift: String?
    /// `sleep`: whether the virtual clock sleeps when the guest is idle.
    public var sleep: QEMUBool?
    /// `align`: whether the virtual clock is aligned to the host clock.
    public var align: QEMUBool?
    /// `rr`: `record` or `replay`.
    public var recordReplay: String?
    /// `rrfile`: the record/replay log.
    public var recordReplayFile: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-icount` option; every field is optional.
    public init(shift: String? = nil, sleep: QEMUBool? = nil, align: QEMUBool? = nil, recordReplay: String? = nil, recordReplayFile: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.shift = shift
        self.sleep = sleep
        self.align = align
        self.recordReplay = recordReplay
        self.recordReplayFile = recordReplayFile
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["icount"]

    /// Reads a `-icount` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUInstructionCount: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(shift: settings.string("shift"), sleep: settings.bool("sleep"), align: settings.bool("align"), recordReplay: settings.string("rr"), recordReplayFile: settings.string("rrfile"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("shift", shift)
        writer.add("sleep", sleep)
        writer.add("align", align)
        writer.add("rr", recordReplay)
        writer.add("rrfile", recordReplayFile)
        writer.add(properties)
    }
}
