/// A described fixed memory window.
public struct CXLWindowDescription: Hashable, Sendable, Codable {
    /// The host bridges it interleaves, by index or id; all host bridges when absent.
    public var targets: [CXLHostBridgeReference]?
    /// The window size; when absent, the capacity of every device below the targets, rounded up
    /// to a multiple of 256M × the number of targets.
    public var size: CXLSize?
    /// The interleave granularity (256 to 16K); QEMU's default 256 when absent.
    public var interleaveGranularity: CXLSize?

    /// Creates a window description.
    public init(targets: [CXLHostBridgeReference]? = nil, size: CXLSize? = nil, interleaveGranularity: CXLSize? = nil) {
        self.targets = targets
        self.size = size
        self.interleaveGranularity = interleaveGranularity
    }

    enum CodingKeys: String, CodingKey {
        case targets, size
        case interleaveGranularity = "interleave_granularity"
    }
}
