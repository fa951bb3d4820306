/// The prefix of a legacy TCP chardev spec, which also selects the protocol spoken on the socket.
public enum QEMULegacyChardevSocketScheme: String, Hashable, Sendable, Codable, CaseIterable {
    /// `tcp:host:port`: a raw TCP socket.
    case tcp
    /// `telnet:host:port`: TCP with telnet negotiation (`telnet=on`).
    case telnet
    /// `tn3270:host:port`: TCP with TN3270 negotiation (`tn3270=on`).
    case tn3270
    /// `websocket:host:port`: a WebSocket server (`websocket=on`).
    case websocket
}
