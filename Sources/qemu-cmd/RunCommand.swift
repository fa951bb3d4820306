import ArgumentParser
import Foundation
import QEMUCommand
import QEMURuntime

/// `qemu-cmd run`: start the QEMU command in a file with its console on the terminal.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the QEMU command line in FILE with its serial console on this terminal.",
        discussion: """
            FILE holds one QEMU command as shell text, read exactly as 'qemu-cmd parse' reads it; \
            QEMU is started from that argv, never through a shell.

            Unless the command routes the serial port itself (-serial, -nographic), qemu-cmd adds \
            one: its output appears on standard output and what you type goes to the guest. QEMU's \
            own messages appear on standard error. qemu-cmd prints a QMP socket you can use with \
            'qemu-cmd qmp SOCKET COMMAND' while the VM runs.

            Ctrl-C shuts the VM down cleanly: ACPI power button, then 'quit', then SIGTERM, then \
            SIGKILL. A second Ctrl-C, SIGTERM or SIGHUP kills QEMU at once. QEMU never outlives \
            qemu-cmd, and the runtime directory is removed unless --keep is given.

            Exit status: 0 when QEMU exits with 0, 1 when the command line has errors or QEMU \
            fails or exits with another status, 2 on a usage error.

            Example:
              qemu-cmd run vm.sh
            """)

    @Flag(name: .long, help: "Keep the runtime directory (console log, pid file) after QEMU exits.")
    var keep = false

    @Option(name: .long, help: "Seconds to wait for the guest to power off after Ctrl-C before 'quit'.")
    var powerdownTimeout: Int = 10

    @Argument(help: "A file holding a QEMU command line, or '-' for standard input.")
    var file: String

    func run() async throws {
        let input = try InputFile.read(file)
        let parsed = QEMUCommandLine.parse(shellText: input.text, fileName: input.name)
        if DiagnosticReport.print(parsed, input: input) { throw ExitCode(1) }
        let options = try launchOptions(for: parsed.commandLine)
        Terminal.writeError("qemu-cmd: starting \(options.executable)…\n")
        let process: QEMUProcess
        do {
            process = try await QEMUProcess.launch(options)
        } catch {
            Terminal.writeError("qemu-cmd: error: \(error)\n")
            throw ExitCode(1)
        }
        announce(process)
        let signals = RunSignalState()
        handleSignals(for: process, recordingIn: signals)
        let status = try await process.waitForExit()
        if let signal = signals.fatal { throw ExitCode(128 + signal) }
        Terminal.writeError("qemu-cmd: QEMU exited with \(status)\n")
        if !status.isSuccess { throw ExitCode(1) }
    }

    private func launchOptions(for commandLine: QEMUCommandLine) throws -> QEMULaunchOptions {
        guard let program = commandLine.program else {
            Terminal.writeError("qemu-cmd: error: \(file): no QEMU program; the command must start with e.g. qemu-system-x86_64\n")
            throw ExitCode(1)
        }
        let routesSerial = commandLine.options.contains { ["serial", "nographic"].contains($0.name) }
        let environment = Dictionary(
            commandLine.environment.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        return QEMULaunchOptions(
            executable: program, arguments: commandLine.arguments, keepRuntimeDirectory: keep,
            console: .passthrough, addsSerialConsole: !routesSerial, environment: environment,
            providesUserQMPSocket: true,
            shutdownTimeouts: QEMUShutdownTimeouts(powerdown: .seconds(max(powerdownTimeout, 0))))
    }

    private func announce(_ process: QEMUProcess) {
        let socket = process.userQMPSocketPath ?? process.qmpSocketPath
        Terminal.writeError("""
            qemu-cmd: QEMU pid \(process.pid) is running; Ctrl-C shuts it down
            qemu-cmd: QMP socket: \(socket)
            qemu-cmd: runtime directory: \(process.runtimeDirectory)\(keep ? " (kept)" : "")

            """)
    }

    /// First Ctrl-C: graceful shutdown. Another Ctrl-C, SIGTERM or SIGHUP: kill QEMU and exit.
    private func handleSignals(for process: QEMUProcess, recordingIn signals: RunSignalState) {
        QEMUProcessRegistry.shared.setSignalHandler { signal in
            if signal == SIGINT && signals.recordFirstInterrupt() {
                Terminal.writeError("\nqemu-cmd: shutting QEMU down (Ctrl-C again to kill it)\n")
                Task { await process.shutdown() }
                return
            }
            signals.recordFatal(signal)
            QEMUProcessRegistry.shared.killAll()
            Foundation.exit(128 + signal)
        }
    }
}
