/// A QemuOpts list as QEMU declares it: the group name used by `-readconfig` and `-set`, the key an
/// unnamed first value belongs to, and whether repeated options merge into one set.
public struct QEMUOptsGroup: Hashable, Sendable, Codable {
    /// The QemuOptsList name, such as `device`, `memory` (for `-m`) or `acpi` (for `-acpitable`).
    public var name: String
    /// The key of a first value written without `key=`, such as `driver` for `-device`; `nil` when
    /// a bare first word is a flag (`-drive`).
    public var impliedKey: String?
    /// Whether every occurrence of the option adds to one id-less set (`-m`, `-name`, `-rtc`).
    public var mergesLists: Bool

    /// Creates a group description.
    public init(name: String, impliedKey: String? = nil, mergesLists: Bool = false) {
        self.name = name
        self.impliedKey = impliedKey
        self.mergesLists = mergesLists
    }
}
