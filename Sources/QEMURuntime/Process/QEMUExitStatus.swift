import Glibc

/// How a QEMU process ended.
public enum QEMUExitStatus: Hashable, Sendable, Codable, CustomStringConvertible {
    /// QEMU called `exit` with this code.
    case exited(Int32)
    /// QEMU was ended by this signal, e.g. `SIGKILL` (9).
    case signaled(Int32)

    /// Decodes a `waitpid` status.
    init(waitStatus: Int32) {
        let signal = waitStatus & 0x7f
        self = signal == 0 ? .exited((waitStatus >> 8) & 0xff) : .signaled(signal)
    }

    /// True when QEMU exited with code 0.
    public var isSuccess: Bool { self == .exited(0) }

    /// "exit code 1" or "signal 9 (SIGKILL)".
    public var description: String {
        switch self {
        case .exited(let code): return "exit code \(code)"
        case .signaled(let signal): return "signal \(signal) (\(Self.signalName(signal)))"
        }
    }

    /// The conventional name of a signal number, e.g. `SIGTERM`.
    public static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGABRT: "SIGABRT",
            SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE",
            SIGALRM: "SIGALRM", SIGTERM: "SIGTERM", SIGUSR1: "SIGUSR1", SIGUSR2: "SIGUSR2",
        ]
        return names[signal] ?? "SIG\(signal)"
    }
}
