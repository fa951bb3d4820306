/// `-sandbox`: the seccomp system-call filter.
public struct QEMUSandbox: QEMUOptionModel {
    /// `enable`: whether the filter is on.
    public var enable: QEMUBool?
    /// `obsolete`: `allow` or `deny` obsolete system calls.
    public var obsolete: String?
    /// `elevateprivileges`: `allow`, `deny` or `children`.
    public var elevatePrivileges: String?
    /// `spawn`: `allow` or `deny` fork and exec.
    public var spawn: String?
    /// `resourcecontrol`: `allow` or `deny` scheduling calls.
    public var resourceControl: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-sandbox` option; every field is optional.
    public init(enable: QEMUBool? = nil, obsolete: String? = nil, elevatePrivileges: String? = nil, spawn: String? = nil, resourceControl: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.enable = enable
        self.obsolete = obsolete
        self.elevatePrivileges = elevatePrivileges
        self.spawn = spawn
        self.resourceControl = resourceControl
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["sandbox"]

    /// Reads a `-sandbox` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUSandbox: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(enable: settings.bool("enable"), obsolete: settings.string("obsolete"), elevatePrivileges: settings.string("elevateprivileges"), spawn: settings.string("spawn"), resourceControl: settings.string("resourcecontrol"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("enable", enable)
        writer.add("obsolete", obsolete)
        writer.add("elevateprivileges", elevatePrivileges)
        writer.add("spawn", spawn)
        writer.add("resourcecontrol", resourceControl)
        writer.add(properties)
    }
}
