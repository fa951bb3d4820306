/// A front-end option that takes a legacy character device spec: `-serial`, `-parallel`,
/// `-monitor`, `-qmp`, `-qmp-pretty`, `-debugcon`, `-gdb`, `-qtest`
/// (`unix:/run/qmp.sock,server=on,wait=off`, `stdio`, `chardev:c0`, `tcp::1234`, `none`).
public struct QEMUChardevFrontend: QEMUOptionModel {
    /// The option name without dashes, such as `serial`.
    public var name: String
    /// The chardev spec.
    public var spec: String
    /// The option word as written; `nil` for `-name`.
    public var spelling: String?

    /// Front-end `name` connected to `spec`.
    public init(_ name: String, _ spec: String, spelling: String? = nil) {
        self.name = name
        self.spec = spec
        self.spelling = spelling
    }

    /// The chardev id of a `chardev:ID` spec.
    public var chardev: QEMUID? {
        spec.hasPrefix("chardev:") ? QEMUID(String(spec.dropFirst("chardev:".count))) : nil
    }

    /// Every known option that takes a legacy chardev spec.
    public static let optionNames: [String] = QEMUOptionTable.all.filter { $0.syntax == .legacyChardev }.map(\.name)

    /// Reads a front-end option.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard let argument = option.argument, option.info?.syntax == .legacyChardev else {
            throw QEMUModelError("'\(option.spelling)' does not take a chardev spec")
        }
        self.init(option.name, argument.text, spelling: QEMUSpelling.written(option))
    }

    /// The option.
    public var option: QEMUOption {
        let (tree, _) = QEMUArgumentReader.read(spec, as: .legacyChardev)
        return QEMUOption(spelling: spelling ?? "-" + name, argument: QEMUOptionArgument(text: spec, syntax: tree))
    }
}
