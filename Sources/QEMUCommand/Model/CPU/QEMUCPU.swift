/// `-cpu`: the CPU model and its feature list (`host,+avx,-x2apic,pmu=off`).
///
/// QEMU splits the argument at every `,` (no `,,` escaping), so a model or feature cannot
/// contain a comma.
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

    public static let optionNames = ["cpu"]

    /// Reads a `-cpu` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard let text = option.argument?.text, option.name == "cpu" else { throw QEMUModelError("'\(option.spelling)' is not -cpu") }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        self.init(parts[0], features: parts.dropFirst().map(QEMUCPUFeature.init(parsing:)), spelling: QEMUSpelling.written(option, canonical: Self.canonicalSpelling))
    }

    /// The option.
    public var option: QEMUOption {
        let text = ([model] + features.map(\.text)).joined(separator: ",")
        let (tree, _) = QEMUArgumentReader.read(text, as: .cpu)
        return QEMUOption(spelling: spelling ?? Self.canonicalSpelling, argument: QEMUOptionArgument(text: text, syntax: tree))
    }
}
