/// `-numa`: a NUMA node, distance, CPU placement or HMAT entry.
public struct QEMUNUMA: QEMUOptionModel {
    /// `type`: `node`, `dist`, `cpu`, `hmat-lb` or `hmat-cache`.
    public var type: String
    /// `nodeid`: the node a `node`, `cpu` or `hmat-cache` entry is about.
    public var nodeID: UInt64?
    /// `memdev`: the memory backend of a `node`.
    public var memoryDevice: QEMUID?
    /// `cpus`: CPU ranges of a `node` (`0-1`), one per `cpus=` key.
    public var cpus: [String]
    /// `initiator`: the node whose CPUs access this node's memory (HMAT).
    public var initiator: UInt64?
    /// Every other key (`src`, `dst`, `val`, `hierarchy`, …), in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A NUMA entry of `type`.
    public init(
        _ type: String, nodeID: UInt64? = nil, memoryDevice: QEMUID? = nil, cpus: [String] = [], initiator: UInt64? = nil,
        properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.type = type
        self.nodeID = nodeID
        self.memoryDevice = memoryDevice
        self.cpus = cpus
        self.initiator = initiator
        self.properties = properties
        self.form = form
    }

    /// A NUMA node with memory from `memdev` and the given CPUs.
    public static func node(_ nodeID: UInt64, memdev: QEMUID? = nil, cpus: [String] = []) -> QEMUNUMA {
        QEMUNUMA("node", nodeID: nodeID, memoryDevice: memdev, cpus: cpus)
    }

    /// The distance from node `source` to node `destination`.
    public static func distance(from source: UInt64, to destination: UInt64, value: UInt64) -> QEMUNUMA {
        QEMUNUMA("dist", properties: [QEMUProperty("src", String(source)), QEMUProperty("dst", String(destination)), QEMUProperty("val", String(value))])
    }

    public static let optionNames = ["numa"]

    /// Reads a `-numa` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUNUMA: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let type = settings.string("type") else { throw QEMUModelError("-numa needs a type") }
        self.init(
            type, nodeID: settings.unsigned("nodeid"), memoryDevice: settings.id("memdev"), cpus: settings.takeAll("cpus"),
            initiator: settings.unsigned("initiator"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add("nodeid", nodeID)
        writer.addEach("cpus", cpus)
        writer.add("memdev", memoryDevice)
        writer.add("initiator", initiator)
        writer.add(properties)
    }
}
