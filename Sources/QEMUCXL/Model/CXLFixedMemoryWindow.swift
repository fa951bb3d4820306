/// A CXL fixed memory window: `-M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k`.
public struct CXLFixedMemoryWindow: Hashable, Sendable, Codable {
    /// `targets`: host bridge ids, interleaved in this order; their count is the interleave ways.
    public var targets: [String]
    /// `size` in bytes; `nil` when the command line leaves it out.
    public var size: UInt64?
    /// `interleave-granularity` in bytes; QEMU uses 256 when it is left out.
    public var interleaveGranularity: UInt64?

    /// Creates a window.
    public init(targets: [String], size: UInt64?, interleaveGranularity: UInt64? = nil) {
        self.targets = targets
        self.size = size
        self.interleaveGranularity = interleaveGranularity
    }
}
