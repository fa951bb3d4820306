/// One QMP command with its arguments and QEMU's answer: the unit a capability profile is built from.
public struct QMPExchange: Hashable, Sendable {
    /// The command name, such as `device-list-properties`.
    public var command: String
    /// The command arguments, nil when there were none.
    public var arguments: JSONValue?
    /// The `return` member of the reply; nil when QEMU answered with an error.
    public var reply: JSONValue?

    /// Creates an exchange.
    public init(command: String, arguments: JSONValue?, reply: JSONValue?) {
        self.command = command
        self.arguments = arguments
        self.reply = reply
    }

    /// The string argument named `key`.
    public func argument(_ key: String) -> String? { arguments?[key]?.stringValue }
}
