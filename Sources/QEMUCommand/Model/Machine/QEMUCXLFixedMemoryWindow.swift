/// One CXL fixed memory window (`-machine cxl-fmw.N.*`): host physical address space that
/// interleaves across the named CXL host bridges.
public struct QEMUCXLFixedMemoryWindow: Hashable, Sendable, Codable {
    /// `targets.N`: the ids of the `pxb-cxl` host bridges the window interleaves across.
    public var targets: [String]
    /// `size`: the window size (a multiple of 256 MiB).
    public var size: QEMUSize
    /// `interleave-granularity`: bytes per interleave step (256 B to 16 KiB).
    public var interleaveGranularity: QEMUSize?
    /// Any other key of the window, in the order written.
    public var properties: [QEMUProperty]

    /// A window over `targets` of `size` bytes.
    public init(targets: [String], size: QEMUSize, interleaveGranularity: QEMUSize? = nil, properties: [QEMUProperty] = []) {
        self.targets = targets
        self.size = size
        self.interleaveGranularity = interleaveGranularity
        self.properties = properties
    }

    /// Reads a window from its nested value; `nil` when a typed member does not read.
    init?(value: JSONValue) {
        guard let targets = QEMUListReading.strings(value["targets"]),
              let size = value["size"].flatMap(QEMUSettingsReader.size(of:)) else { return nil }
        var granularity: QEMUSize?
        if let written = value["interleave-granularity"] {
            guard let read = QEMUSettingsReader.size(of: written) else { return nil }
            granularity = read
        }
        self.init(
            targets: targets, size: size, interleaveGranularity: granularity,
            properties: QEMUListReading.otherMembers(of: value, known: ["targets", "size", "interleave-granularity"]))
    }

    var settingValue: QEMUSettingValue {
        var members: [(key: String, value: QEMUSettingValue)] = [("targets", .list(targets.map(QEMUSettingValue.string))), ("size", .size(size))]
        if let interleaveGranularity { members.append(("interleave-granularity", .size(interleaveGranularity))) }
        members += properties.map { ($0.key, .json($0.value)) }
        return .object(members)
    }
}
