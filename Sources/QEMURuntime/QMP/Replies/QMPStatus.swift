/// The reply of `query-status`: whether the guest CPUs run and the VM's run state.
public struct QMPStatus: Hashable, Sendable, Codable {
    /// True when the guest CPUs run.
    public var running: Bool
    /// The run state, e.g. `running`, `paused`, `prelaunch`.
    public var status: QMPRunState

    /// Creates a status.
    public init(running: Bool, status: QMPRunState) {
        self.running = running
        self.status = status
    }
}

/// A VM run state as QEMU names it (`RunState` in qapi/run-state.json).
public struct QMPRunState: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The state's QAPI name.
    public var rawValue: String

    /// Wraps a state name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `running`: guest CPUs run.
    public static let running = QMPRunState(rawValue: "running")
    /// `paused`: stopped by `stop`.
    public static let paused = QMPRunState(rawValue: "paused")
    /// `prelaunch`: started with `-S`, not yet continued.
    public static let prelaunch = QMPRunState(rawValue: "prelaunch")
    /// `shutdown`: the guest shut down and `-no-shutdown` keeps QEMU alive.
    public static let shutdown = QMPRunState(rawValue: "shutdown")
    /// `internal-error`: QEMU hit an emulation error.
    public static let internalError = QMPRunState(rawValue: "internal-error")
    /// `guest-panicked`: the guest reported a panic.
    public static let guestPanicked = QMPRunState(rawValue: "guest-panicked")

    /// The state's QAPI name.
    public var description: String { rawValue }

    /// Reads the plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
