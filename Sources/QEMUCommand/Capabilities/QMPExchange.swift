/// One QMP command with its arguments and QEMU's answer: the unit a capability profile is built from.
public struct QMPExchange: Hashable, Sendable {
    /// The command name, such as `device-list-properties`.
    public var command: String
    /// The command arguments, nil when there were none.
    public var arguments: QMPReplyValue?
    /// The `return` member of the reply; nil when QEMU answered with an error.
    public var reply: QMPReplyValue?

    /// Creates an exchange.
    public init(command: String, arguments: QMPReplyValue?, reply: QMPReplyValue?) {
        self.command = command
        self.arguments = arguments
        self.reply = reply
    }

    /// The string argument named `key`.
    public func argument(_ key: String) -> String? { arguments?[key]?.string }
}
