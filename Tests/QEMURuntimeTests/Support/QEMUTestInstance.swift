import Foundation
import QEMUCommand
import QEMURuntime
import Testing

/// Starts a real QEMU from a command line's argv with a QMP socket in a private 0700 directory,
/// runs a body against its QMP client, then stops QEMU and removes the directory.
enum QEMUTestInstance {
    /// Whether the target's emulator is installed (`qemu-system-x86_64`, `qemu-system-aarch64`).
    static func isInstalled(_ program: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: executablePath(program))
    }

    static func executablePath(_ program: String) -> String {
        program.hasPrefix("/") ? program : "/usr/bin/" + program
    }

    /// Runs `body` with QEMU started from `commandLine` plus `-qmp unix:…`; `files` are written into
    /// the private directory first and `$DIR` in arguments is replaced by the directory's path.
    static func run<T: Sendable>(
        _ commandLine: QEMUCommandLine, files: [String: String] = [:],
        _ body: (QMPClient, String) async throws -> T
    ) async throws -> T {
        let directory = try makePrivateDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, contents) in files {
            try Data(contents.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        let socket = directory + "/qmp.sock"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath(commandLine.program ?? "qemu-system-x86_64"))
        process.arguments = commandLine.arguments.map { $0.replacingOccurrences(of: "$DIR", with: directory) }
            + ["-qmp", "unix:\(socket),server=on,wait=off"]
        let errorURL = URL(fileURLWithPath: directory + "/stderr")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { stop(process) }
        let client: QMPClient
        do {
            client = try await QMPClient.connect(socketPath: socket, timeout: .seconds(30))
        } catch {
            stop(process)
            let stderr = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw QEMUTestFailure(message: "QEMU did not answer QMP (\(error)); argv: \(process.arguments ?? []); stderr: \(stderr)")
        }
        do {
            let result = try await body(client, directory)
            _ = try? await client.execute("quit", timeout: .seconds(5))
            await client.close()
            return result
        } catch {
            await client.close()
            throw error
        }
    }

    /// Sends SIGTERM, then SIGKILL when QEMU has not exited after five seconds, and reaps it.
    private static func stop(_ process: Process) {
        let pid = process.processIdentifier
        if process.isRunning { kill(pid, SIGTERM) }
        for _ in 0..<100 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(pid, SIGKILL) }
        process.waitUntilExit()
    }

    private static func makePrivateDirectory() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/qemu-cmd-test.XXXXXX").utf8CString)
        guard let path = mkdtemp(&template) else { throw QEMUTestFailure(message: "mkdtemp failed: errno \(errno)") }
        let directory = String(cString: path)
        chmod(directory, 0o700)
        return directory
    }
}

/// A real-QEMU test could not run as expected.
struct QEMUTestFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
