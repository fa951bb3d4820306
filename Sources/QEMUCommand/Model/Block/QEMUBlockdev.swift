/// `-blockdev`: one node of the block graph (a protocol or format driver with nested options).
public struct QEMUBlockdev: QEMUOptionModel {
    /// `driver`: the block driver, such as `file`, `qcow2`, `raw`, `nbd`.
    public var driver: String
    /// `node-name`: the node name devices and other nodes refer to.
    public var nodeName: QEMUID?
    /// `filename`: the file of a `file` or `host_device` node.
    public var filename: String?
    /// `file`: the node below a format node, by node name (a nested definition stays in ``properties``).
    public var file: String?
    /// `read-only`: whether the node is read-only.
    public var readOnly: QEMUBool?
    /// Every other key (nested keys dotted or as JSON), in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A node of `driver`.
    public init(
        _ driver: String, nodeName: QEMUID? = nil, filename: String? = nil, file: String? = nil, readOnly: QEMUBool? = nil,
        properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.driver = driver
        self.nodeName = nodeName
        self.filename = filename
        self.file = file
        self.readOnly = readOnly
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["blockdev"]

    /// Reads a `-blockdev` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUBlockdev: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let driver = settings.string("driver") else { throw QEMUModelError("-blockdev needs a driver") }
        self.init(
            driver, nodeName: settings.id("node-name"), filename: settings.string("filename"), file: settings.string("file"),
            readOnly: settings.bool("read-only"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("driver", driver)
        writer.add("node-name", nodeName)
        writer.add("filename", filename)
        writer.add("file", file)
        writer.add("read-only", readOnly)
        writer.add(properties)
    }
}
