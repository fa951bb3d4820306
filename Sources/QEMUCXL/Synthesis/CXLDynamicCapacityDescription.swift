/// Dynamic capacity of a described device (QEMU 9.1+): `{regions: 2, size: 512M}`.
public struct CXLDynamicCapacityDescription: Hashable, Sendable, Codable {
    /// `num-dc-regions`, 1 to 8.
    public var regions: Int
    /// The size of the one backend shared by all regions; a multiple of `regions × 256M`.
    public var size: CXLSize

    /// Creates a dynamic capacity description.
    public init(regions: Int, size: CXLSize) {
        self.regions = regions
        self.size = size
    }
}
