/// The kind of memory a CXL type-3 device exposes.
public enum CXLMemoryKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Persistent memory (`persistent-memdev=`, or `memdev=` before QEMU 8.1).
    case persistent
    /// Volatile memory (`volatile-memdev=`, QEMU 8.1 and later).
    case volatile
    /// Dynamic capacity (`volatile-dc-memdev=`, QEMU 9.1 and later).
    case dynamicCapacity
}
