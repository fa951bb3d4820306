/// How long each step of `QEMUProcess.shutdown()` waits for QEMU to exit before the next, harder step.
public struct QEMUShutdownTimeouts: Hashable, Sendable {
    /// After `system_powerdown` (the guest's own orderly shutdown).
    public var powerdown: Duration
    /// After `quit`.
    public var quit: Duration
    /// After SIGTERM; SIGKILL follows.
    public var terminate: Duration

    /// Creates timeouts; the defaults give a booted Linux guest time to power off.
    public init(powerdown: Duration = .seconds(10), quit: Duration = .seconds(3), terminate: Duration = .seconds(3)) {
        self.powerdown = powerdown
        self.quit = quit
        self.terminate = terminate
    }
}
