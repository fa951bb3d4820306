import Foundation
import QEMURuntime
import Testing

/// Runs QEMU paused (`-S -display none -nodefaults`) with QMP on its standard input and output,
/// sends `qmp_capabilities`, one `human-monitor-command` and `quit`, and returns the HMP text.
/// Backend files live in a private 0700 directory removed afterwards; QEMU is killed if it has
/// not quit within a minute.
final class PausedQEMU {
    let directory: URL

    /// Creates the private directory.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-cxl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The output of the HMP command `command` in QEMU started from `argv` (program first).
    func humanMonitorCommand(_ command: String, argv: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(HostTool().locate(argv[0]), "\(argv[0]) is not installed"))
        process.arguments = Array(argv.dropFirst()) + ["-S", "-display", "none", "-nodefaults", "-qmp", "stdio"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.interrupt(); kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        defer { watchdog.cancel() }
        let requests = [
            #"{"execute":"qmp_capabilities"}"#,
            #"{"execute":"human-monitor-command","arguments":{"command-line":"\#(command)"}}"#,
            #"{"execute":"quit"}"#,
        ]
        input.fileHandleForWriting.write(Data((requests.joined(separator: "\n") + "\n").utf8))
        let replies = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        for line in replies.split(separator: UInt8(ascii: "\n")) {
            if let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["return"] as? String {
                return text
            }
        }
        Issue.record("QEMU gave no reply to \(command); it said: \(message)")
        return ""
    }
}
