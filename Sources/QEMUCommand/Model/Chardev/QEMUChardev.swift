/// `-chardev`: a character device backend (`socket`, `pty`, `stdio`, `file`, `null`, `pipe`,
/// `udp`, `ringbuf`, …; `mux=on` shares it between front-ends).
public struct QEMUChardev: QEMUOptionModel {
    /// `backend`: the backend type.
    public var backend: String
    /// `id`: the id front-ends refer to with `chardev=`.
    public var id: QEMUID?
    /// `path`: the socket, file or device path.
    public var path: String?
    /// `host`: the TCP or UDP host.
    public var host: String?
    /// `port`: the TCP or UDP port.
    public var port: String?
    /// `server`: whether a socket listens.
    public var server: QEMUBool?
    /// `wait`: whether a listening socket waits for a client before the guest starts.
    public var wait: QEMUBool?
    /// `mux`: whether several front-ends share the backend.
    public var mux: QEMUBool?
    /// `logfile`: a file that logs all output.
    public var logfile: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A backend of type `backend` named `id`.
    public init(
        _ backend: String, id: QEMUID?, path: String? = nil, host: String? = nil, port: String? = nil, server: QEMUBool? = nil,
        wait: QEMUBool? = nil, mux: QEMUBool? = nil, logfile: String? = nil, properties: [QEMUProperty] = [],
        form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.backend = backend
        self.id = id
        self.path = path
        self.host = host
        self.port = port
        self.server = server
        self.wait = wait
        self.mux = mux
        self.logfile = logfile
        self.properties = properties
        self.form = form
    }

    /// A Unix socket that QEMU listens on without waiting for a client.
    public static func unixServer(id: QEMUID, path: String) -> QEMUChardev {
        QEMUChardev("socket", id: id, path: path, server: QEMUBool(true), wait: QEMUBool(false))
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["chardev"]

    /// Reads a `-chardev` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUChardev: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let backend = settings.string("backend") else { throw QEMUModelError("-chardev needs a backend") }
        self.init(
            backend, id: settings.id(), path: settings.string("path"), host: settings.string("host"), port: settings.string("port"),
            server: settings.bool("server"), wait: settings.bool("wait"), mux: settings.bool("mux"), logfile: settings.string("logfile"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("backend", backend)
        writer.add("id", id)
        writer.add("path", path)
        writer.add("host", host)
        writer.add("port", port)
        writer.add("server", server)
        writer.add("wait", wait)
        writer.add("mux", mux)
        writer.add("logfile", logfile)
        writer.add(properties)
    }
}
