/// An option whose argument QEMU takes as written: `-kernel`, `-initrd`, `-append`, `-dtb`,
/// `-bios`, `-pflash`, `-uuid`, `-incoming`, `-pidfile`, `-readconfig`, `-D`, `-d`, `-vga`,
/// `-xen-domid`, `-mem-path`, ….
public struct QEMUValueOption: QEMUOptionModel {
    /// The option name without dashes, such as `kernel`.
    public var name: String
    /// The argument.
    public var value: String
    /// The option word as written (`--kernel`); `nil` for `-name`.
    public var spelling: String?

    /// Option `name` with `value`.
    public init(_ name: String, _ value: String, spelling: String? = nil) {
        self.name = name
        self.value = value
        self.spelling = spelling
    }

    /// Every known option whose argument is taken as written.
    public static let optionNames: [String] = QEMUOptionTable.all.filter { $0.syntax == .plain && $0.takesArgument }.map(\.name)

    /// Reads an option with a plain argument.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard let argument = option.argument, option.info?.syntax == .plain else {
            throw QEMUModelError("'\(option.spelling)' does not take a plain argument")
        }
        self.init(option.name, argument.text, spelling: QEMUSpelling.written(option))
    }

    /// The option.
    public var option: QEMUOption {
        QEMUOption(spelling: spelling ?? "-" + name, argument: QEMUOptionArgument(text: value, syntax: QEMUArgumentReader.read(value, as: .plain).0))
    }
}
