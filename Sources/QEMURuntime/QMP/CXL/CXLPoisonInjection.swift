/// Arguments of `cxl-inject-poison` (QEMU 8.1+).
public struct CXLPoisonInjection: Hashable, Sendable, Codable {
    /// Canonical QOM path of the Type 3 device.
    public var path: String
    /// Device physical address of the first poisoned byte (64-byte aligned).
    public var start: UInt64
    /// Number of poisoned bytes (a multiple of 64).
    public var length: UInt64

    /// Creates the arguments.
    public init(path: String, start: UInt64, length: UInt64) {
        self.path = path
        self.start = start
        self.length = length
    }
}
