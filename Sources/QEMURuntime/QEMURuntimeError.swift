/// Errors raised while running QEMU.
public enum QEMURuntimeError: Error, Sendable, Equatable {
    /// The QEMU binary could not be started.
    case launchFailed(path: String, errno: Int32)
}
