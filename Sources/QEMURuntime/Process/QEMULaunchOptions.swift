/// What to start and how: the QEMU binary, its arguments, and how the runtime treats it.
public struct QEMULaunchOptions: Hashable, Sendable {
    /// The QEMU binary: a path, or a name looked up in `PATH` (e.g. `qemu-system-x86_64`).
    public var executable: String
    /// The arguments after the binary, exactly as QEMU receives them (never through a shell).
    public var arguments: [String]
    /// Keeps the runtime directory (QMP socket, console log, pid file) after QEMU exits.
    public var keepRuntimeDirectory: Bool
    /// Whether the console is only captured or also shown on the terminal.
    public var console: QEMUConsoleMode
    /// Adds a serial port wired to the captured console (`-serial chardev:...`). Turn it off when the
    /// arguments already route the serial port (`-serial`, `-nographic`); QEMU's standard output and
    /// error are captured either way.
    public var addsSerialConsole: Bool
    /// Variables added to (or replacing those of) this program's environment for QEMU.
    public var environment: [String: String]
    /// Adds a second QMP socket (`userQMPSocketPath`) for other clients such as `qemu-cmd qmp`,
    /// since a QMP socket serves one client at a time and the runtime holds the first.
    public var providesUserQMPSocket: Bool
    /// How long QEMU may take to start and answer QMP.
    public var startTimeout: Duration
    /// How long each step of `shutdown()` waits.
    public var shutdownTimeouts: QEMUShutdownTimeouts

    /// Creates launch options.
    public init(
        executable: String, arguments: [String], keepRuntimeDirectory: Bool = false,
        console: QEMUConsoleMode = .capture, addsSerialConsole: Bool = true, environment: [String: String] = [:],
        providesUserQMPSocket: Bool = false, startTimeout: Duration = .seconds(30),
        shutdownTimeouts: QEMUShutdownTimeouts = QEMUShutdownTimeouts()
    ) {
        self.executable = executable
        self.arguments = arguments
        self.keepRuntimeDirectory = keepRuntimeDirectory
        self.console = console
        self.addsSerialConsole = addsSerialConsole
        self.environment = environment
        self.providesUserQMPSocket = providesUserQMPSocket
        self.startTimeout = startTimeout
        self.shutdownTimeouts = shutdownTimeouts
    }
}
