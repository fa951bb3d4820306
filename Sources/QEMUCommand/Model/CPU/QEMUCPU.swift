/// `-cpu`: the CPU model and its feature list (`host,+avx,-x2apic,pmu=off`).
///
/// QEMU splits the argument at every `,` (no `,,` escaping), so a model or feature cannot
/// contain a comma. Features are the syntax layer's ``QEMUCPUFeature`` tokens.
public struct QEMUCPU: QEMUOptionModel {
    /// The CPU model, such as `host`, `max`, `Skylake-Server`, `cortex-a57`, `rv64`.
    public var model: String
    /// The features, in the order written.
    public var features: [QEMUCPUFeature]
    /// The option word as written; `nil` for `-cpu`.
    public var spelling: String?

    /// A CPU of `model` with `features`.
    public init(_ model: String, features: [QEMUCPUFeature] = [], spelling: String? = nil) {
        self.model = model
        self.features = features
        self.spelling = spelling
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["cpu"]

    /// Reads a `-cpu` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard let text = option.argument?.text, option.name == "cpu" else { throw QEMUModelError("'\(option.spelling)' is not -cpu") }
        let argument = QEMUCPUArgument(parsing: text)
        self.init(argument.model, features: argument.features, spelling: QEMUSpelling.written(option, canonical: Self.canonicalSpelling))
    }

    /// The option.
    public var option: QEMUOption {
        let argument = QEMUCPUArgument(model: model, features: features)
        return QEMUOption(spelling: spelling ?? Self.canonicalSpelling, argument: QEMUOptionArgument(.cpu(argument)))
    }
}
