/// Numbers QEMU and Linux fix for CXL topologies.
public enum CXLLimits {
    /// 256 MiB: capacities, windows and regions are multiples of it (`CXL_CAPACITY_MULTIPLIER`).
    public static let capacityUnit: UInt64 = 256 << 20
    /// The interleave granularities a window can have: 256 B to 16 KiB.
    public static let granularities: Set<UInt64> = [256, 512, 1 << 10, 2 << 10, 4 << 10, 8 << 10, 16 << 10]
    /// The numbers of host bridges a window can interleave.
    public static let interleaveWays: Set<Int> = [1, 2, 3, 4, 6, 8, 12, 16]
    /// The most host bridges QEMU has register space for.
    public static let maximumHostBridges = 16
    /// The most dynamic capacity regions a device holds (`DCD_MAX_NUM_REGION`).
    public static let maximumDynamicCapacityRegions = 8
}
