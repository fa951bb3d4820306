import Synchronization

/// Remembers that a signal is ending `qemu-cmd boot`, so the main path leaves the exit status to the
/// signal handler instead of reporting QEMU's death as a boot failure.
final class BootInterruption: Sendable {
    private let signal = Mutex<Int32?>(nil)

    /// Records the signal.
    func record(_ number: Int32) {
        signal.withLock { $0 = number }
    }

    /// Whether a signal arrived.
    var isInterrupted: Bool {
        signal.withLock { $0 != nil }
    }
}
