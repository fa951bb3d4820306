import Foundation
import Glibc
import Testing

/// `qemu-cmd run` as a child process: QEMU never outlives it.
@Suite(.timeLimit(.minutes(2))) struct QEMURunCommandSignalTests {
    /// The `qemu-cmd` binary built beside this test bundle.
    static var qemuCmd: String {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        var directory = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("qemu-cmd").path
    }

    struct RunningCommand {
        var process: Process
        var qemuPID: pid_t
        var runtimeDirectory: String
        var output: FileHandle
        var errorsSoFar: String
    }

    /// Starts `qemu-cmd run` on a paused machine and reads QEMU's pid and runtime directory from its
    /// standard error.
    static func startRun(_ arguments: [String] = ["-S"]) async throws -> RunningCommand {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString).sh")
        let commandLine = (["qemu-system-x86_64", "-display", "none", "-nodefaults", "-accel", "tcg", "-m", "128"] + arguments)
            .joined(separator: " ")
        try commandLine.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: qemuCmd)
        process.arguments = ["run", "--powerdown-timeout", "1", file.path]
        let errors = Pipe()
        let output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = errors.fileHandleForReading
        let text = await Task.detached {
            var text = ""
            while !text.contains("runtime directory:") {
                let data = reader.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            return text
        }.value
        let pid = try #require(text.firstMatch(of: /QEMU pid (\d+)/).flatMap { pid_t($0.1) }, "\(text)")
        let directory = try #require(text.firstMatch(of: /runtime directory: (\S+)/).map { String($0.1) }, "\(text)")
        #expect(QEMUTestMachine.isAlive(pid))
        return RunningCommand(
            process: process, qemuPID: pid, runtimeDirectory: directory, output: output.fileHandleForReading,
            errorsSoFar: text)
    }

    @Test func sigtermToRunLeavesNoQEMUAndNoRuntimeFiles() async throws {
        let run = try await Self.startRun()
        kill(run.process.processIdentifier, SIGTERM)
        #expect(await QEMUTestMachine.waitUntilGone(run.qemuPID, timeout: .seconds(5)))
        run.process.waitUntilExit()
        #expect(run.process.terminationStatus == 128 + SIGTERM)
        #expect(!FileManager.default.fileExists(atPath: run.runtimeDirectory))
    }

    /// With the console on QEMU's standard output (here SeaBIOS's debug port on `-chardev stdio`),
    /// the guest's text reaches qemu-cmd's standard output and only QEMU's messages its standard error.
    @Test func consoleOutputReachesStandardOutput() async throws {
        let run = try await Self.startRun([
            "-machine", "pc", "-chardev", "stdio,id=firmware-log", "-device", "isa-debugcon,iobase=0x402,chardev=firmware-log",
        ])
        let output = run.output
        let text = await Task.detached {
            var text = ""
            while !text.contains("SeaBIOS (version") {
                let data = output.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            return text
        }.value
        #expect(text.contains("SeaBIOS (version"))
        #expect(!run.errorsSoFar.contains("SeaBIOS"))
        #expect(!run.errorsSoFar.contains("waiting for connection"))
        kill(run.process.processIdentifier, SIGINT)
        #expect(await QEMUTestMachine.waitUntilGone(run.qemuPID, timeout: .seconds(15)))
        run.process.waitUntilExit()
    }

    @Test func ctrlCShutsTheMachineDownCleanly() async throws {
        let run = try await Self.startRun()
        kill(run.process.processIdentifier, SIGINT)
        #expect(await QEMUTestMachine.waitUntilGone(run.qemuPID, timeout: .seconds(15)))
        run.process.waitUntilExit()
        #expect(run.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: run.runtimeDirectory))
    }

    /// Even when qemu-cmd cannot clean up (SIGKILL), the kernel kills QEMU (parent-death signal).
    @Test func sigkillToRunStillKillsQEMU() async throws {
        let run = try await Self.startRun()
        kill(run.process.processIdentifier, SIGKILL)
        #expect(await QEMUTestMachine.waitUntilGone(run.qemuPID, timeout: .seconds(5)))
        run.process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: run.runtimeDirectory)
    }
}
