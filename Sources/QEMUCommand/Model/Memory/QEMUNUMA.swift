/// `-numa`: a NUMA node, distance, CPU placement or HMAT entry.
public struct QEMUNUMA: QEMUOptionModel {
    /// `type`: `node`, `dist`, `cpu`, `hmat-lb` or `hmat-cache`.
    public var type: String
    /// The node a `node` (`nodeid`), `cpu` or `hmat-cache` (`node-id`) entry is about.
    public var nodeID: UInt64?
    /// `memdev`: the memory backend of a `node`.
    public var memoryDevice: QEMUID?
    /// `cpus`: CPU ranges of a `node` (`0-1`), one per `cpus=` key.
    public var cpus: [String]
    /// `initiator`: the node whose CPUs access this node's memory (HMAT).
    public var initiator: UInt64?
    /// `src`: the source node of a `dist` entry.
    public var source: UInt64?
    /// `dst`: the destination node of a `dist` entry.
    public var destination: UInt64?
    /// `val`: the distance of a `dist` entry (10 is local).
    public var distance: UInt64?
    /// `socket-id`: the socket of a `cpu` entry.
    public var socketID: UInt64?
    /// `core-id`: the core of a `cpu` entry.
    public var coreID: UInt64?
    /// `thread-id`: the thread of a `cpu` entry.
    public var threadID: UInt64?
    /// `target`: the memory node of an `hmat-lb` entry.
    public var target: UInt64?
    /// `hierarchy`: `memory`, `first-level`, `second-level` or `third-level` (HMAT).
    public var hierarchy: String?
    /// `data-type`: `access-latency`, `read-latency`, `write-latency`, `access-bandwidth`, … (`hmat-lb`).
    public var dataType: String?
    /// `latency`: nanoseconds (`hmat-lb`).
    public var latency: UInt64?
    /// `bandwidth`: bytes per second (`hmat-lb`).
    public var bandwidth: QEMUSize?
    /// `size`: the cache size of an `hmat-cache` entry (or the legacy memory size of a `node`).
    public var size: QEMUSize?
    /// `level`: the cache level of an `hmat-cache` entry.
    public var level: UInt64?
    /// `associativity`: `none`, `direct` or `complex` (`hmat-cache`).
    public var associativity: String?
    /// `policy`: `none`, `write-back` or `write-through` (`hmat-cache`).
    public var policy: String?
    /// `line`: the cache line size in bytes (`hmat-cache`).
    public var line: UInt64?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A NUMA entry of `type`; set the fields the type uses.
    public init(_ type: String, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.type = type
        self.cpus = []
        self.properties = properties
        self.form = form
    }

    /// A NUMA node with memory from `memdev` and the given CPUs.
    public static func node(_ nodeID: UInt64, memdev: QEMUID? = nil, cpus: [String] = [], initiator: UInt64? = nil) -> QEMUNUMA {
        var entry = QEMUNUMA("node")
        entry.nodeID = nodeID
        entry.memoryDevice = memdev
        entry.cpus = cpus
        entry.initiator = initiator
        return entry
    }

    /// The distance from node `source` to node `destination`.
    public static func distance(from source: UInt64, to destination: UInt64, value: UInt64) -> QEMUNUMA {
        var entry = QEMUNUMA("dist")
        entry.source = source
        entry.destination = destination
        entry.distance = value
        return entry
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["numa"]

    /// Reads a `-numa` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUNUMA: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let type = settings.string("type") else { throw QEMUModelError("-numa needs a type") }
        self.init(type)
        nodeID = settings.unsigned(Self.nodeIDKey(type))
        memoryDevice = settings.id("memdev")
        cpus = settings.takeAll("cpus")
        initiator = settings.unsigned("initiator")
        source = settings.unsigned("src")
        destination = settings.unsigned("dst")
        distance = settings.unsigned("val")
        socketID = settings.unsigned("socket-id")
        coreID = settings.unsigned("core-id")
        threadID = settings.unsigned("thread-id")
        target = settings.unsigned("target")
        hierarchy = settings.string("hierarchy")
        dataType = settings.string("data-type")
        latency = settings.unsigned("latency")
        bandwidth = settings.size("bandwidth")
        size = settings.size("size")
        level = settings.unsigned("level")
        associativity = settings.string("associativity")
        policy = settings.string("policy")
        line = settings.unsigned("line")
        properties = settings.remaining
    }

    /// `-numa node` says `nodeid`; the `cpu` and `hmat-cache` entries say `node-id`.
    static func nodeIDKey(_ type: String) -> String { type == "node" ? "nodeid" : "node-id" }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add(Self.nodeIDKey(type), nodeID)
        writer.addEach("cpus", cpus)
        writer.add("memdev", memoryDevice)
        writer.add("initiator", initiator)
        writer.add("src", source)
        writer.add("dst", destination)
        writer.add("val", distance)
        writer.add("socket-id", socketID)
        writer.add("core-id", coreID)
        writer.add("thread-id", threadID)
        writer.add("target", target)
        writer.add("hierarchy", hierarchy)
        writer.add("data-type", dataType)
        writer.add("latency", latency)
        writer.add("bandwidth", bandwidth)
        writer.add("size", size)
        writer.add("level", level)
        writer.add("associativity", associativity)
        writer.add("policy", policy)
        writer.add("line", line)
        writer.add(properties)
    }
}
