/// The outcome of a boot check: Linux's CXL view, its comparison with the expectation and the timings.
public struct BootResult: Hashable, Sendable, Codable {
    /// The kernel release that booted.
    public var kernelRelease: String
    /// Whether QEMU ran with KVM (otherwise TCG).
    public var usedKVM: Bool
    /// What Linux showed on the CXL bus.
    public var guest: CXLGuestView
    /// What the command line describes.
    public var expected: CXLBootExpectation
    /// The differences.
    public var comparison: CXLBootComparison
    /// How long each phase took.
    public var timings: BootTimings

    /// A result from its parts.
    public init(kernelRelease: String, usedKVM: Bool, guest: CXLGuestView, expected: CXLBootExpectation, comparison: CXLBootComparison, timings: BootTimings) {
        self.kernelRelease = kernelRelease
        self.usedKVM = usedKVM
        self.guest = guest
        self.expected = expected
        self.comparison = comparison
        self.timings = timings
    }
}
