/// An HDM decoder as Linux shows it (`decoderX.Y`).
public struct CXLGuestDecoder: Hashable, Sendable, Codable {
    /// Sysfs name, e.g. `decoder0.0`.
    public var name: String
    /// The device type, e.g. `cxl_decoder_root`, `cxl_decoder_switch`, `cxl_decoder_endpoint`.
    public var type: String
    /// The target list (dport ids), empty for endpoint decoders.
    public var targets: [Int]
    /// Interleave ways.
    public var ways: Int
    /// Interleave granularity in bytes.
    public var granularity: Int
    /// Decoded size in bytes.
    public var size: UInt64
    /// The endpoint decoder mode (`none`, `pmem`, `ram`), nil for other decoders.
    public var mode: String?

    /// A decoder from its sysfs values.
    public init(name: String, type: String, targets: [Int], ways: Int, granularity: Int, size: UInt64, mode: String?) {
        self.name = name
        self.type = type
        self.targets = targets
        self.ways = ways
        self.granularity = granularity
        self.size = size
        self.mode = mode
    }
}
