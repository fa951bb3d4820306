/// One `-machine smp-cache.N.*` entry: the topology level a cache is shared at.
public struct QEMUSMPCacheEntry: Hashable, Sendable, Codable {
    /// `cache`: the cache, such as `l1d`, `l2`, `l3`.
    public var cache: String
    /// `topology`: the level it is shared at, such as `core`, `cluster`, `socket`.
    public var topology: String
    /// Any other key of the entry, in the order written.
    public var properties: [QEMUProperty]

    /// An entry sharing `cache` at `topology`.
    public init(cache: String, topology: String, properties: [QEMUProperty] = []) {
        self.cache = cache
        self.topology = topology
        self.properties = properties
    }

    init?(value: JSONValue) {
        guard let cache = value["cache"].flatMap(QEMUSettingsReader.text(of:)),
              let topology = value["topology"].flatMap(QEMUSettingsReader.text(of:)) else { return nil }
        self.init(cache: cache, topology: topology, properties: QEMUListReading.otherMembers(of: value, known: ["cache", "topology"]))
    }

    var settingValue: QEMUSettingValue {
        .object([("cache", .string(cache)), ("topology", .string(topology))] + properties.map { ($0.key, .json($0.value)) })
    }
}
