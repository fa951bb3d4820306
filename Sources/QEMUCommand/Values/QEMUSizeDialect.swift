/// The QEMU releases whose `qemu_strtosz()` (util/cutils.c) read sizes differently.
public enum QEMUSizeDialect: String, Hashable, Sendable, Codable, CaseIterable {
    /// Up to 7.2: a suffix on a hex number (`0x2M`) is accepted with a deprecation warning (since
    /// 6.0), a fraction needs digits before the `.` (`.5M` is an error), exponents are errors.
    case qemu7_2
    /// 8.0: a suffix on a hex number is an error.
    case qemu8_0
    /// 8.1 and later (the `do_strtosz()` rework): the integer part may be empty (`.5M`), and an `e`
    /// after a fraction is the exabyte suffix rather than an exponent.
    case qemu8_1

    /// The dialect of a QEMU release.
    public init(_ version: QEMUVersion) {
        self.init(major: version.major, minor: version.minor)
    }

    /// The dialect of QEMU `major.minor`.
    public init(major: Int, minor: Int) {
        switch (major, minor) {
        case (..<8, _): self = .qemu7_2
        case (8, 0): self = .qemu8_0
        default: self = .qemu8_1
        }
    }
}
