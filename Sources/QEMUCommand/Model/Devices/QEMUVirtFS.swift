/// `-virtfs`: a host directory shared with the guest over 9p (`-fsdev` and `virtio-9p` in one option).
public struct QEMUVirtFS: QEMUOptionModel {
    /// `fsdriver`: the driver: `local` or `synth`.
    public var driver: String?
    /// `id`: the fsdev id.
    public var id: QEMUID?
    /// `path`: the exported host directory.
    public var path: String?
    /// `mount_tag`: the tag the guest mounts.
    public var mountTag: String?
    /// `security_model`: `passthrough`, `mapped-xattr`, `mapped-file` or `none`.
    public var securityModel: String?
    /// `readonly`: whether the export is read-only.
    public var readOnly: QEMUBool?
    /// `multidevs`: how files on several host devices are exported.
    public var multidevs: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-virtfs` option; every field is optional.
    public init(driver: String? = nil, id: QEMUID? = nil, path: String? = nil, mountTag: String? = nil, securityModel: String? = nil, readOnly: QEMUBool? = nil, multidevs: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.driver = driver
        self.id = id
        self.path = path
        self.mountTag = mountTag
        self.securityModel = securityModel
        self.readOnly = readOnly
        self.multidevs = multidevs
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["virtfs"]

    /// Reads a `-virtfs` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUVirtFS: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(driver: settings.string("fsdriver"), id: settings.id("id"), path: settings.string("path"), mountTag: settings.string("mount_tag"), securityModel: settings.string("security_model"), readOnly: settings.bool("readonly"), multidevs: settings.string("multidevs"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("fsdriver", driver)
        writer.add("id", id)
        writer.add("path", path)
        writer.add("mount_tag", mountTag)
        writer.add("security_model", securityModel)
        writer.add("readonly", readOnly)
        writer.add("multidevs", multidevs)
        writer.add(properties)
    }
}
