/// Where a launched QEMU process is in its life.
public enum QEMUProcessState: Hashable, Sendable, CustomStringConvertible {
    /// Started and answering QMP.
    case running
    /// `shutdown()` is under way.
    case shuttingDown
    /// Ended, with its exit code or signal.
    case exited(QEMUExitStatus)

    /// "running", "shutting down" or "exited with exit code 0".
    public var description: String {
        switch self {
        case .running: return "running"
        case .shuttingDown: return "shutting down"
        case .exited(let status): return "exited with \(status)"
        }
    }
}
