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

    /// Runs `binary` with `arguments` plus a QMP socket; accepted when `query-status` answers.
    static func run(binary: String, arguments: [String]) async throws -> Verdict {
        let directory = try QEMUPrivateDirectory(prefix: "qemu-cmd-diff")
        defer { directory.remove() }
        let socket = directory.path("qmp.sock")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = commonArguments + arguments + ["-qmp", "unix:\(socket),server=on,wait=off"]
        process.currentDirectoryURL = directory.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(20))
        while process.isRunning, !FileManager.default.fileExists(atPath: socket), clock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        var accepted = false
        if process.isRunning, let client = try? await QMPClient.connect(socketPath: socket, timeout: .seconds(10)) {
            accepted = (try? await client.execute("query-status", timeout: .seconds(20))) != nil
            await client.close()
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Verdict(accepted: accepted, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
