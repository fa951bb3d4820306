/// An option without argument: `-S`, `-snapshot`, `-no-reboot`, `-no-shutdown`, `-nodefaults`,
/// `-daemonize`, `-nographic`, `-s`, `-xen-attach`, `-xen-domid-restrict`, ….
public struct QEMUFlag: QEMUOptionModel {
    /// The option name without dashes, such as `nodefaults`.
    public var name: String
    /// The option word as written (`--nodefaults`); `nil` for `-name`.
    public var spelling: String?

    /// The flag `name`.
    public init(_ name: String, spelling: String? = nil) {
        self.name = name
        self.spelling = spelling
    }

    /// Every known option without argument.
    public static let optionNames: [String] = QEMUOptionTable.all.filter { !$0.takesArgument }.map(\.name)

    /// Reads an option that takes no argument.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard option.argument == nil, option.info?.takesArgument == false else {
            throw QEMUModelError("'\(option.spelling)' is not a flag")
        }
        self.init(option.name, spelling: QEMUSpelling.written(option))
    }

    /// The option.
    public var option: QEMUOption { QEMUOption(spelling: spelling ?? "-" + name) }
}
