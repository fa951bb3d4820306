/// `-accel`: an accelerator (`kvm`, `tcg`, `xen`, `hvf`, `whpx`) and its properties.
public struct QEMUAccelerator: QEMUOptionModel {
    /// `accel`: the accelerator type.
    public var type: String
    /// `thread`: TCG threading, `single` or `multi`.
    public var thread: String?
    /// `kernel-irqchip`: `on`, `off` or `split` (KVM).
    public var kernelIRQChip: String?
    /// Every other property, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// An accelerator of `type`.
    public init(_ type: String, thread: String? = nil, kernelIRQChip: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.type = type
        self.thread = thread
        self.kernelIRQChip = kernelIRQChip
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["accel"]

    /// Reads an `-accel` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUAccelerator: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let type = settings.string("accel") else { throw QEMUModelError("-accel needs an accelerator type") }
        self.init(type, thread: settings.string("thread"), kernelIRQChip: settings.string("kernel-irqchip"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("accel", type)
        writer.add("thread", thread)
        writer.add("kernel-irqchip", kernelIRQChip)
        writer.add(properties)
    }
}
