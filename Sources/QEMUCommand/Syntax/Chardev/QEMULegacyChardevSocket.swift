/// `tcp:[host]:port[,options]` (or `telnet:`, `tn3270:`, `websocket:`) in a legacy chardev spec.
///
/// QEMU reads it with `sscanf("%64[^:]:%32[^,]%n")`, falling back to `":%32[^,]%n"` when the host
/// is empty: the host is at most 64 bytes without `:`, the port at most 32 bytes without `,`. The
/// options after the `,` are QemuOpts without an implied key, and short booleans (`server`,
/// `nowait`) are accepted there without a warning.
public struct QEMULegacyChardevSocket: Hashable, Sendable, Codable {
    /// The prefix, which chooses the protocol.
    public var scheme: QEMULegacyChardevSocketScheme
    /// The host; empty for `tcp::4444`.
    public var host: String
    /// The port (or service name), as written.
    public var port: String
    /// Text after a port cut at 32 bytes, which QEMU ignores (options included); usually empty.
    public var ignoredText: String
    /// The QemuOpts options after the first `,` following the port.
    public var options: QEMUOptsArgument?

    /// Creates a socket spec.
    public init(scheme: QEMULegacyChardevSocketScheme, host: String, port: String, options: QEMUOptsArgument? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.ignoredText = ""
        self.options = options
    }

    init(scheme: QEMULegacyChardevSocketScheme, address: QEMULegacyChardevAddress, ignoredText: String, options: QEMUOptsArgument?) {
        self.scheme = scheme
        self.host = address.host
        self.port = address.port
        self.ignoredText = ignoredText
        self.options = options
    }

    /// The spec as written: `scheme:host:port` and the options.
    public var text: String {
        var result = scheme.rawValue + ":" + host + ":" + port + ignoredText
        if let options { result += "," + options.text }
        return result
    }
}
