/// What a legacy chardev spec (`-serial`, `-monitor`, `-qmp`, …) connects to, as written.
public enum QEMULegacyChardevBackend: Hashable, Sendable, Codable {
    /// `null`, `pty`, `msmouse`, `wctablet`, `braille`, `testdev` or `stdio`: a backend named by itself.
    case named(String)
    /// `vc`, `vc:800x600` or `vc:80Cx24C`: everything after `vc` kept as written.
    case virtualConsole(parameters: String)
    /// `con:`: the Windows console.
    case console
    /// `COM1`: a Windows serial port, named by the whole spec.
    case windowsSerial(String)
    /// `file:/tmp/serial.log`.
    case file(path: String)
    /// `pipe:/tmp/fifo`.
    case pipe(path: String)
    /// `tcp:localhost:4444,server=on,wait=off` (also `telnet:`, `tn3270:`, `websocket:`).
    case socket(QEMULegacyChardevSocket)
    /// `udp::4555@:4556`.
    case udp(QEMULegacyChardevUDP)
    /// `unix:/tmp/qmp.sock,server=on,wait=off`: QemuOpts with the implied key `path`.
    case unixSocket(QEMUOptsArgument)
    /// `/dev/parport0` or `/dev/ppi0`: a host parallel port.
    case parallelDevice(path: String)
    /// `/dev/ttyS0`: any other host device, opened as a serial port.
    case serialDevice(path: String)
    /// `chardev:serial0`: an existing `-chardev` by id.
    case chardev(id: String)
    /// `none`: no device (`-serial none`, `-monitor none`, `-parallel none`).
    case none
    /// Anything else, kept as written; QEMU reports `'…' is not a valid char driver`.
    case unknown(String)

    /// The `-chardev` backend QEMU creates for it (`socket`, `file`, `serial`, …); `nil` for
    /// `chardev:`, `none` and unknown specs.
    public var backendName: String? {
        switch self {
        case .named(let name): name
        case .virtualConsole: "vc"
        case .console: "console"
        case .windowsSerial, .serialDevice: "serial"
        case .file: "file"
        case .pipe: "pipe"
        case .socket, .unixSocket: "socket"
        case .udp: "udp"
        case .parallelDevice: "parallel"
        case .chardev, .none, .unknown: nil
        }
    }

    /// The backend as written.
    public var text: String {
        switch self {
        case .named(let name): name
        case .virtualConsole(let parameters): "vc" + parameters
        case .console: "con:"
        case .windowsSerial(let name): name
        case .file(let path): "file:" + path
        case .pipe(let path): "pipe:" + path
        case .socket(let socket): socket.text
        case .udp(let udp): udp.text
        case .unixSocket(let options): "unix:" + options.text
        case .parallelDevice(let path), .serialDevice(let path): path
        case .chardev(let id): "chardev:" + id
        case .none: "none"
        case .unknown(let text): text
        }
    }
}
