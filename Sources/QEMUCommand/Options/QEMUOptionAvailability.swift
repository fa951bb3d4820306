/// Which QEMU releases have an option: its presence in the known option tables and its documented
/// deprecation and removal (grammar spec §10–§11).
public struct QEMUOptionAvailability: Hashable, Sendable, Codable {
    /// The architectures QEMU 7.2's table gives the option; `nil` when 7.2 does not have it.
    public var architecturesIn7_2: QEMUArchitectureSet?
    /// The architectures QEMU 10.2's table gives the option; `nil` when 10.2 does not have it.
    public var architecturesIn10_2: QEMUArchitectureSet?
    /// The release that deprecated the option, when documented.
    public var deprecatedIn: QEMUVersion?
    /// The release that removed the option, when it is gone.
    public var removedIn: QEMUVersion?
    /// What to write instead, such as `-machine acpi=off` for `-no-acpi`.
    public var replacement: String?

    /// Creates an availability record.
    public init(
        architecturesIn7_2: QEMUArchitectureSet?,
        architecturesIn10_2: QEMUArchitectureSet?,
        deprecatedIn: QEMUVersion? = nil,
        removedIn: QEMUVersion? = nil,
        replacement: String? = nil
    ) {
        self.architecturesIn7_2 = architecturesIn7_2
        self.architecturesIn10_2 = architecturesIn10_2
        self.deprecatedIn = deprecatedIn
        self.removedIn = removedIn
        self.replacement = replacement
    }

    /// Whether QEMU 7.2 has the option.
    public var isIn7_2: Bool {
        architecturesIn7_2 != nil
    }

    /// Whether QEMU 10.2 has the option.
    public var isIn10_2: Bool {
        architecturesIn10_2 != nil
    }
}
