import Glibc

/// Errors raised while running QEMU.
public enum QEMURuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The QEMU binary could not be started.
    case launchFailed(path: String, errno: Int32)
    /// The private runtime directory could not be created.
    case runtimeDirectoryFailed(parent: String, errno: Int32)
    /// QEMU ended before it was ready or before what was awaited happened.
    case exited(QEMUExitStatus, lastConsoleLines: [String])
    /// QEMU did not answer QMP within the start timeout.
    case startTimedOut(after: Duration, lastConsoleLines: [String])
    /// The console did not show the pattern in time.
    case consoleTimedOut(pattern: String, after: Duration, lastConsoleLines: [String])
    /// The console pattern is not a valid regular expression.
    case invalidPattern(String, reason: String)
    /// QEMU was still running when the wait for its exit ended.
    case stillRunning(after: Duration)

    /// An explanation naming the problem, the last console lines where they help, and what to do.
    public var description: String {
        switch self {
        case .launchFailed(let path, let code):
            return "cannot start \(path): \(String(cString: strerror(code))); check that QEMU is installed "
                + "(apt-get install qemu-system-x86) and the path is right"
        case .runtimeDirectoryFailed(let parent, let code):
            return "cannot create a private runtime directory in \(parent): \(String(cString: strerror(code))); make it writable, or set TMPDIR to a writable directory"
        case .exited(let status, let lines):
            return "QEMU exited with \(status)" + Self.tail(lines)
        case .startTimedOut(let after, let lines):
            return "QEMU did not answer QMP within \(after)" + Self.tail(lines)
        case .consoleTimedOut(let pattern, let after, let lines):
            return "the console did not show /\(pattern)/ within \(after)" + Self.tail(lines)
        case .invalidPattern(let pattern, let reason):
            return "invalid console pattern /\(pattern)/: \(reason)"
        case .stillRunning(let after):
            return "QEMU is still running after \(after)"
        }
    }

    private static func tail(_ lines: [String]) -> String {
        lines.isEmpty ? "; the console showed nothing" : "; last console lines:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
