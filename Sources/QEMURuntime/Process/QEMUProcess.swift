import Foundation
import Glibc

/// A running QEMU: started from argv, reachable over QMP, with its console captured, and never left
/// behind (killed on shutdown, on a signal to this program, at exit, and when this object goes away).
public actor QEMUProcess {
    /// The QEMU process id.
    public nonisolated let pid: pid_t
    /// The private runtime directory (QMP socket, console log, pid file).
    public nonisolated let runtimeDirectory: String
    /// The QMP socket path.
    public nonisolated let qmpSocketPath: String
    /// The second QMP socket for other clients, when `providesUserQMPSocket` was set.
    public nonisolated let userQMPSocketPath: String?
    /// The full argv QEMU was started with, the runtime's own options included.
    public nonisolated let argv: [String]
    /// The connected, negotiated QMP client.
    public nonisolated let qmp: QMPClient
    /// The options QEMU was launched with.
    public nonisolated let options: QEMULaunchOptions

    private nonisolated let child: QEMUChild
    private var isShuttingDown = false

    private init(child: QEMUChild, argv: [String], qmp: QMPClient, options: QEMULaunchOptions) {
        self.child = child
        self.pid = child.pid
        self.runtimeDirectory = child.runtimeDirectory.path
        self.qmpSocketPath = child.runtimeDirectory.qmpSocketPath
        self.userQMPSocketPath = options.providesUserQMPSocket ? child.runtimeDirectory.userQMPSocketPath : nil
        self.argv = argv
        self.qmp = qmp
        self.options = options
    }

    deinit {
        child.signal(SIGKILL)
    }

    /// Starts QEMU and returns once it answers QMP.
    ///
    /// Throws `QEMURuntimeError.exited` naming the exit code or signal and the last console lines when
    /// QEMU ends first, `startTimedOut` when it does not answer in time, `launchFailed` when it
    /// cannot be started. On any error QEMU is killed and the runtime directory removed.
    public static func launch(_ options: QEMULaunchOptions) async throws -> QEMUProcess {
        let path = try QEMUSpawner.resolveExecutable(options.executable)
        let directory = try QEMURuntimeDirectory()
        let argv = [options.executable] + options.arguments + runtimeArguments(directory, options)
        let child: QEMUChild
        do {
            child = try await spawn(path: path, argv: argv, directory: directory, options: options)
        } catch {
            directory.remove()
            throw error
        }
        do {
            let qmp = try await connectQMP(child, timeout: options.startTimeout)
            return QEMUProcess(child: child, argv: argv, qmp: qmp, options: options)
        } catch let error as QMPError {
            throw await startFailure(child, error: error, timeout: options.startTimeout)
        } catch {
            child.signal(SIGKILL)
            _ = try? await child.waitForExit()
            throw error
        }
    }

    /// The error for QMP failing at start: QEMU's exit when it ended (the socket closed), otherwise a
    /// start timeout. QEMU is killed and cleaned up either way.
    private static func startFailure(_ child: QEMUChild, error: QMPError, timeout: Duration) async -> QEMURuntimeError {
        var exit = child.exitStatus
        if case .connectionClosed = error, exit == nil {
            exit = await child.waitForExit(timeout: .seconds(5))
        }
        child.signal(SIGKILL)
        _ = try? await child.waitForExit()
        let lines = child.console.lastLines()
        return exit.map { .exited($0, lastConsoleLines: lines) } ?? .startTimedOut(after: timeout, lastConsoleLines: lines)
    }

    /// The process's state: running, shutting down, or exited with its status.
    public var state: QEMUProcessState {
        if let status = child.exitStatus { return .exited(status) }
        return isShuttingDown ? .shuttingDown : .running
    }

    /// Everything the console and QEMU printed so far.
    public nonisolated var consoleText: String { child.console.text }

    /// The last `count` non-empty console lines.
    public nonisolated func lastConsoleLines(_ count: Int = 10) -> [String] {
        child.console.lastLines(count)
    }

    /// Waits until the console output (from its start) matches the regular expression `pattern`,
    /// and returns the matched text.
    ///
    /// Throws `QEMURuntimeError.consoleTimedOut` after `timeout`, `exited` when QEMU ends first.
    public nonisolated func waitForConsole(matching pattern: String, timeout: Duration) async throws -> String {
        try await child.console.wait(matching: pattern, timeout: timeout)
    }

    /// Waits until QEMU has exited and its runtime directory is cleaned up. Throws
    /// `QEMURuntimeError.stillRunning` when `timeout` passes first.
    @discardableResult
    public nonisolated func waitForExit(timeout: Duration? = nil) async throws -> QEMUExitStatus {
        guard let timeout else { return try await child.waitForExit() }
        guard let status = await child.waitForExit(timeout: timeout) else {
            throw QEMURuntimeError.stillRunning(after: timeout)
        }
        return status
    }

    /// Ends QEMU gracefully: `system_powerdown`, then `quit`, then SIGTERM, then SIGKILL, each after
    /// its timeout in `options.shutdownTimeouts`. Returns how QEMU ended.
    @discardableResult
    public func shutdown() async -> QEMUExitStatus {
        if let status = child.exitStatus { return await finished(status) }
        isShuttingDown = true
        let timeouts = options.shutdownTimeouts
        if let status = await step(timeouts.powerdown, { try await $0.execute("system_powerdown", timeout: .seconds(2)) }) {
            return status
        }
        if let status = await step(timeouts.quit, { try await $0.execute("quit", timeout: .seconds(2)) }) {
            return status
        }
        child.signal(SIGTERM)
        if let status = await child.waitForExit(timeout: timeouts.terminate) { return status }
        return await kill()
    }

    /// Kills QEMU at once with SIGKILL and returns how it ended.
    @discardableResult
    public func kill() async -> QEMUExitStatus {
        child.signal(SIGKILL)
        let status = try? await child.waitForExit()
        return status ?? .signaled(SIGKILL)
    }

    private func step(_ timeout: Duration, _ command: (QMPClient) async throws -> Void) async -> QEMUExitStatus? {
        try? await command(qmp)
        return await child.waitForExit(timeout: timeout)
    }

    private func finished(_ status: QEMUExitStatus) async -> QEMUExitStatus {
        (try? await child.waitForExit()) ?? status
    }

    /// The options the runtime adds: QMP socket, pid file and, when asked, the captured serial port.
    private static func runtimeArguments(_ directory: QEMURuntimeDirectory, _ options: QEMULaunchOptions) -> [String] {
        var arguments = [
            "-qmp", "unix:\(directory.qmpSocketPath),server=on,wait=off",
            "-pidfile", directory.pidFilePath,
        ]
        if options.providesUserQMPSocket {
            arguments += ["-qmp", "unix:\(directory.userQMPSocketPath),server=on,wait=off"]
        }
        if options.addsSerialConsole {
            arguments += [
                "-chardev", "socket,id=\(QEMUMessageFilter.consoleChardevID),path=\(directory.consoleSocketPath),server=on,wait=on",
                "-serial", "chardev:\(QEMUMessageFilter.consoleChardevID)",
            ]
        }
        return arguments
    }

    private static func spawn(
        path: String, argv: [String], directory: QEMURuntimeDirectory, options: QEMULaunchOptions
    ) async throws -> QEMUChild {
        let output = try QEMUPipe()
        let errors = try QEMUPipe()
        let nullInput = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { close(nullInput) }
        let pid: pid_t
        do {
            pid = try await QEMUSpawner.shared.spawn(
                path: path, argv: argv, environment: options.environment, standardInput: nullInput,
                standardOutput: output.writeEnd, standardError: errors.writeEnd)
        } catch {
            for pipe in [output, errors] {
                pipe.closeReadEnd()
                pipe.closeWriteEnd()
            }
            throw error
        }
        output.closeWriteEnd()
        errors.closeWriteEnd()
        let console = QEMUConsole(logPath: directory.consoleLogPath)
        let child = QEMUChild(
            pid: pid, runtimeDirectory: directory, console: console, keepsRuntimeDirectory: options.keepRuntimeDirectory)
        QEMUProcessRegistry.shared.register(child)
        let passthrough = options.console == .passthrough
        child.startOutputReader(named: "QEMU \(pid) stdout") {
            QEMUConsoleStream.copyConsole(from: output.readEnd, to: console, echo: passthrough ? STDOUT_FILENO : nil)
            output.closeReadEnd()
        }
        child.startOutputReader(named: "QEMU \(pid) stderr") {
            QEMUConsoleStream.copyMessages(from: errors.readEnd, to: console, echo: passthrough ? STDERR_FILENO : nil)
            errors.closeReadEnd()
        }
        if options.addsSerialConsole {
            startSerialConsole(child, options: options)
        }
        child.startObservingExit { QEMUProcessRegistry.shared.remove($0) }
        return child
    }

    private static func startSerialConsole(_ child: QEMUChild, options: QEMULaunchOptions) {
        let passthrough = options.console == .passthrough
        child.startOutputReader(named: "QEMU \(child.pid) serial") {
            guard let socket = QEMUConsoleStream.connect(to: child.runtimeDirectory.consoleSocketPath, while: child) else {
                return
            }
            if passthrough { QEMUConsoleStream.forwardStandardInput(to: socket) }
            QEMUConsoleStream.copyConsole(from: socket, to: child.console, echo: passthrough ? STDOUT_FILENO : nil)
            close(socket)
        }
    }

    private static func connectQMP(_ child: QEMUChild, timeout: Duration) async throws -> QMPClient {
        let socketPath = child.runtimeDirectory.qmpSocketPath
        let outcome = try await withThrowingTaskGroup(of: QMPClient?.self) { group in
            group.addTask { try await QMPClient.connect(socketPath: socketPath, timeout: timeout) }
            group.addTask {
                _ = try await child.waitForExit()
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next()
        }
        if let client = outcome ?? nil { return client }
        let status = try await child.waitForExit()
        throw QEMURuntimeError.exited(status, lastConsoleLines: child.console.lastLines())
    }
}
