/// `-spice`: a SPICE server for the guest display.
public struct QEMUSPICE: QEMUOptionModel {
    /// `port`: the TCP port.
    public var port: UInt64?
    /// `tls-port`: the TLS port.
    public var tlsPort: UInt64?
    /// `addr`: the address to listen on.
    public var address: String?
    /// `unix`: whether `addr` is a Unix socket path.
    public var unixSocket: QEMUBool?
    /// `disable-ticketing`: whether clients connect without a password.
    public var disableTicketing: QEMUBool?
    /// `gl`: whether OpenGL is used.
    public var gl: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-spice` option; every field is optional.
    public init(port: UInt64? = nil, tlsPort: UInt64? = nil, address: String? = nil, unixSocket: QEMUBool? = nil, disableTicketing: QEMUBool? = nil, gl: QEMUBool? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.port = port
        self.tlsPort = tlsPort
        self.address = address
        self.unixSocket = unixSocket
        self.disableTicketing = disableTicketing
        self.gl = gl
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["spice"]

    /// Reads a `-spice` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUSPICE: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(port: settings.unsigned("port"), tlsPort: settings.unsigned("tls-port"), address: settings.string("addr"), unixSocket: settings.bool("unix"), disableTicketing: settings.bool("disable-ticketing"), gl: settings.bool("gl"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("port", port)
        writer.add("tls-port", tlsPort)
        writer.add("addr", address)
        writer.add("unix", unixSocket)
        writer.add("disable-ticketing", disableTicketing)
        writer.add("gl", gl)
        writer.add(properties)
    }
}
