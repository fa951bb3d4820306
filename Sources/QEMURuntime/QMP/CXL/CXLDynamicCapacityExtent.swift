/// One extent of a dynamic capacity request: `{"offset": ..., "len": ...}` within the region.
public struct CXLDynamicCapacityExtent: Hashable, Sendable, Codable {
    /// Offset in bytes from the start of the region.
    public var offset: UInt64
    /// Length in bytes.
    public var length: UInt64

    /// Creates an extent.
    public init(offset: UInt64, length: UInt64) {
        self.offset = offset
        self.length = length
    }

    enum CodingKeys: String, CodingKey {
        case offset
        case length = "len"
    }
}
