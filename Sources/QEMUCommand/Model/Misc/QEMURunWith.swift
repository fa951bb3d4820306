/// `-run-with`: how the QEMU process runs (QEMU ≥ 8.1).
public struct QEMURunWith: QEMUOptionModel {
    /// `async-teardown`: whether guest memory is freed by a separate process at exit.
    public var asyncTeardown: QEMUBool?
    /// `chroot`: the directory to chroot into.
    public var chroot: String?
    /// `user`: the user to switch to.
    public var user: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-run-with` option; every field is optional.
    public init(asyncTeardown: QEMUBool? = nil, chroot: String? = nil, user: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.asyncTeardown = asyncTeardown
        self.chroot = chroot
        self.user = user
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["run-with"]

    /// Reads a `-run-with` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMURunWith: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(asyncTeardown: settings.bool("async-teardown"), chroot: settings.string("chroot"), user: settings.string("user"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("async-teardown", asyncTeardown)
        writer.add("chroot", chroot)
        writer.add("user", user)
        writer.add(properties)
    }
}
