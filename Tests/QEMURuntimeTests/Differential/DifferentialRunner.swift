import Foundation
import QEMURuntime

/// Starts the real QEMU paused with a command line and tells whether it got past startup.
enum DifferentialRunner {
    /// The flags every case runs with, for QEMU and for the checker alike.
    static let commonArguments = ["-S", "-display", "none", "-nodefaults", "-accel", "tcg"]

    /// QEMU's verdict: accepted (startup finished and QMP answered) or rejected with its message.
    struct Verdict: Sendable {
        var accepted: Bool
        var message: String
    }

    /// Runs `binary` with `arguments`; accepted when QEMU answers `query-status`, which it does only
    /// once every option has been applied and every device created.
    static func run(binary: String, arguments: [String]) async -> Verdict {
        let options = QEMULaunchOptions(
            executable: binary, arguments: commonArguments + arguments, addsSerialConsole: false, startTimeout: .seconds(20))
        let process: QEMUProcess
        do {
            process = try await QEMUProcess.launch(options)
        } catch {
            return Verdict(accepted: false, message: "\(error)")
        }
        let status = try? await process.qmp.execute("query-status", timeout: .seconds(20))
        let message = process.lastConsoleLines().joined(separator: " ")
        await process.kill()
        return Verdict(accepted: status != nil, message: message)
    }
}
