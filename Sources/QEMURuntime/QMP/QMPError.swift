import Glibc

/// Errors raised by the QMP client.
public enum QMPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// QEMU answered a command with an error, e.g. class `GenericError`, description `Device 'x' not found`.
    case commandFailed(command: String, errorClass: String, description: String)
    /// The socket closed (QEMU exited or closed the monitor) before the reply arrived.
    case connectionClosed(command: String?)
    /// No reply arrived within the time allowed.
    case timedOut(command: String, after: Duration)
    /// The socket could not be reached.
    case connectFailed(path: String, errno: Int32)
    /// QEMU sent something that is not a QMP message.
    case malformedMessage(String)
    /// The reply arrived but does not have the expected shape.
    case unexpectedReply(command: String, problem: String)

    /// A one-line explanation naming the command and what to do.
    public var description: String {
        switch self {
        case .commandFailed(let command, let errorClass, let description):
            return "QMP command '\(command)' failed: \(errorClass): \(description)"
        case .connectionClosed(let command?):
            return "QMP connection closed by QEMU while waiting for '\(command)' (QEMU exited or closed the monitor)"
        case .connectionClosed(nil):
            return "QMP connection closed by QEMU (QEMU exited or closed the monitor)"
        case .timedOut(let command, let after):
            return "QMP command '\(command)' got no reply within \(after); QEMU may be hung, try a longer timeout"
        case .connectFailed(let path, let errno):
            return "cannot connect to QMP socket \(path): \(String(cString: strerror(errno))); check that QEMU runs with -qmp unix:\(path),server=on"
        case .malformedMessage(let text):
            return "QEMU sent a message that is not QMP JSON: \(text)"
        case .unexpectedReply(let command, let problem):
            return "unexpected reply to QMP command '\(command)': \(problem)"
        }
    }
}
