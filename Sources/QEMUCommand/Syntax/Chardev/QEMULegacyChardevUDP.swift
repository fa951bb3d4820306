/// `udp:[host]:port[@[localhost]:localport]` in a legacy chardev spec.
///
/// Read like the TCP form (`%64[^:]:%32[^@,]`), with an optional local address after `@`. QEMU
/// takes no options here: anything after the address is ignored, and kept in ``ignoredText``.
public struct QEMULegacyChardevUDP: Hashable, Sendable, Codable {
    /// The remote host; empty for `udp::4555`.
    public var host: String
    /// The remote port.
    public var port: String
    /// The local host after `@`, or `nil` when there is no `@`.
    public var localHost: String?
    /// The local port after `@`.
    public var localPort: String?
    /// Text after the address, which QEMU ignores; usually empty.
    public var ignoredText: String

    /// Creates a UDP spec.
    public init(host: String, port: String, localHost: String? = nil, localPort: String? = nil) {
        self.host = host
        self.port = port
        self.localHost = localHost
        self.localPort = localPort
        self.ignoredText = ""
    }

    init(remote: QEMULegacyChardevAddress, local: QEMULegacyChardevAddress?, ignoredText: String) {
        self.host = remote.host
        self.port = remote.port
        self.localHost = local?.host
        self.localPort = local?.port
        self.ignoredText = ignoredText
    }

    /// The spec as written.
    public var text: String {
        var result = "udp:" + host + ":" + port
        if let localPort { result += "@" + (localHost ?? "") + ":" + localPort }
        return result + ignoredText
    }
}
