/// Why a QEMU binary could not be probed.
public struct QEMUProbeError: Error, Sendable, CustomStringConvertible {
    /// The binary.
    public var binary: String
    /// What went wrong, with QEMU's own output when it said something.
    public var reason: String

    /// Creates an error.
    public init(binary: String, reason: String) {
        self.binary = binary
        self.reason = reason
    }

    /// `cannot probe BINARY: REASON`.
    public var description: String { "cannot probe \(binary): \(reason)" }
}
