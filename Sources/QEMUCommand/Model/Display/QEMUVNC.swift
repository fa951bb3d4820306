/// `-vnc`: a VNC server for the guest display.
public struct QEMUVNC: QEMUOptionModel {
    /// `vnc`: the display (`:0`, `unix:/run/vnc.sock`, `none`).
    public var display: String?
    /// `websocket`: the WebSocket port or address.
    public var websocket: String?
    /// `password`: whether a password (set by QMP) is required.
    public var password: QEMUBool?
    /// `tls-creds`: the TLS credentials object.
    public var tlsCredentials: QEMUID?
    /// `share`: the sharing policy.
    public var share: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A `-vnc` option; every field is optional.
    public init(display: String? = nil, websocket: String? = nil, password: QEMUBool? = nil, tlsCredentials: QEMUID? = nil, share: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.display = display
        self.websocket = websocket
        self.password = password
        self.tlsCredentials = tlsCredentials
        self.share = share
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["vnc"]

    /// Reads a `-vnc` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUVNC: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(display: settings.string("vnc"), websocket: settings.string("websocket"), password: settings.bool("password"), tlsCredentials: settings.id("tls-creds"), share: settings.string("share"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("vnc", display)
        writer.add("websocket", websocket)
        writer.add("password", password)
        writer.add("tls-creds", tlsCredentials)
        writer.add("share", share)
        writer.add(properties)
    }
}
