import Foundation
import Glibc
import Testing
@testable import QEMURuntime

/// What happens when QEMU fails, is killed, or its owner goes away.
@Suite(.timeLimit(.minutes(2))) struct QEMUProcessFaultTests {
    static let bootArguments = [
        "-machine", "pc", "-kernel", QEMUTestMachine.kernel, "-append", "console=ttyS0 panic=-1", "-no-reboot",
    ]

    @Test func qemuRefusingItsArgumentsFailsLaunchWithExitCodeAndMessage() async throws {
        do {
            _ = try await QEMUProcess.launch(QEMUTestMachine.options(["-device", "no-such-device-model"]))
            Issue.record("launch succeeded")
        } catch let QEMURuntimeError.exited(status, lines) {
            #expect(status == .exited(1))
            #expect(lines.contains { $0.contains("no-such-device-model") })
        }
    }

    @Test func missingBinaryFailsLaunchNamingIt() async throws {
        var options = QEMUTestMachine.options([])
        options.executable = "qemu-system-does-not-exist"
        await #expect(throws: QEMURuntimeError.launchFailed(path: "qemu-system-does-not-exist", errno: ENOENT)) {
            _ = try await QEMUProcess.launch(options)
        }
    }

    /// SeaBIOS logs to the debug console port; `-chardev stdio` puts that on QEMU's standard output,
    /// which the runtime captures, so no guest kernel is needed.
    static let firmwareLogArguments = [
        "-machine", "pc", "-chardev", "stdio,id=firmware-log", "-device", "isa-debugcon,iobase=0x402,chardev=firmware-log",
    ]

    @Test func qemuKilledDuringRunReportsTheSignalAndLastConsoleLines() async throws {
        let process = try await QEMUProcess.launch(QEMUTestMachine.options(Self.firmwareLogArguments))
        let banner = try await process.waitForConsole(matching: "SeaBIOS \\(version [^)]+\\)", timeout: .seconds(60))
        #expect(banner.hasPrefix("SeaBIOS (version "))
        kill(process.pid, SIGKILL)
        do {
            _ = try await process.waitForConsole(matching: "this text never appears", timeout: .seconds(60))
            Issue.record("wait succeeded")
        } catch let QEMURuntimeError.exited(status, lines) {
            #expect(status == .signaled(SIGKILL))
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { process.consoleText.contains($0) })
            let error = QEMURuntimeError.exited(status, lastConsoleLines: lines)
            #expect(error.description.contains("signal 9 (SIGKILL)"))
            #expect(error.description.contains(try #require(lines.last)))
        }
        #expect(try await process.waitForExit(timeout: .seconds(10)) == .signaled(SIGKILL))
        #expect(await process.state == .exited(.signaled(SIGKILL)))
        #expect(!FileManager.default.fileExists(atPath: process.runtimeDirectory))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: QEMUTestMachine.kernel), "needs the Debian kernel in /boot"))
    func serialConsoleCapturesTheGuestKernel() async throws {
        try await QEMUTestMachine.with(Self.bootArguments) { process in
            let banner = try await process.waitForConsole(matching: "Linux version [0-9.]+", timeout: .seconds(60))
            #expect(banner.hasPrefix("Linux version"))
            #expect(!process.consoleText.contains("QEMU waiting for connection"))
        }
    }

    @Test func qmpSocketClosedByQEMUFailsCommandsWithoutHanging() async throws {
        let process = try await QEMUProcess.launch(QEMUTestMachine.options(["-S", "-machine", "pc"]))
        let events = process.qmp.events
        kill(process.pid, SIGKILL)
        _ = try await process.waitForExit(timeout: .seconds(10))
        await #expect(throws: QMPError.connectionClosed(command: "query-status")) {
            _ = try await process.qmp.execute("query-status", timeout: .seconds(60))
        }
        for await _ in events {}
        #expect(await process.qmp.isClosed)
    }

    @Test func quitClosesTheConnectionAndLaterCommandsFail() async throws {
        let process = try await QEMUProcess.launch(QEMUTestMachine.options(["-S", "-machine", "pc"]))
        try await process.qmp.quit()
        #expect(try await process.waitForExit(timeout: .seconds(10)) == .exited(0))
        await #expect(throws: QMPError.connectionClosed(command: "query-status")) {
            _ = try await process.qmp.queryStatus()
        }
    }

    @Test func shutdownOfAPausedGuestFallsBackToQuit() async throws {
        let process = try await QEMUProcess.launch(QEMUTestMachine.options(["-S", "-machine", "pc"]))
        let status = await process.shutdown()
        #expect(status == .exited(0))
        #expect(!QEMUTestMachine.isAlive(process.pid))
        #expect(!FileManager.default.fileExists(atPath: process.runtimeDirectory))
    }

    @Test func keepRuntimeDirectoryLeavesTheConsoleLog() async throws {
        var options = QEMUTestMachine.options(["-S", "-machine", "pc"])
        options.keepRuntimeDirectory = true
        let process = try await QEMUProcess.launch(options)
        await process.kill()
        let log = process.runtimeDirectory + "/console.log"
        #expect(FileManager.default.fileExists(atPath: log))
        try FileManager.default.removeItem(atPath: process.runtimeDirectory)
    }

    @Test func droppingTheLastReferenceKillsQEMU() async throws {
        var process: QEMUProcess? = try await QEMUProcess.launch(QEMUTestMachine.options(["-S", "-machine", "pc"]))
        let pid = try #require(process?.pid)
        let directory = try #require(process?.runtimeDirectory)
        process = nil
        #expect(await QEMUTestMachine.waitUntilGone(pid, timeout: .seconds(5)))
        #expect(await QEMUTestMachine.waitUntil(timeout: .seconds(10)) { !FileManager.default.fileExists(atPath: directory) })
    }

    @Test func consoleWaitTimesOutWithTheLastLines() async throws {
        try await QEMUTestMachine.with(["-S", "-machine", "pc"]) { process in
            do {
                _ = try await process.waitForConsole(matching: "never", timeout: .milliseconds(300))
                Issue.record("wait succeeded")
            } catch let QEMURuntimeError.consoleTimedOut(pattern, after, _) {
                #expect(pattern == "never")
                #expect(after == .milliseconds(300))
            }
            do {
                _ = try await process.waitForConsole(matching: "(", timeout: .seconds(1))
                Issue.record("invalid pattern accepted")
            } catch let QEMURuntimeError.invalidPattern(pattern, _) {
                #expect(pattern == "(")
            }
        }
    }
}

/// A program that never opens a QMP socket stands in for a hung QEMU.
@Suite(.timeLimit(.minutes(1))) struct QEMUProcessStartTimeoutTests {
    @Test func programThatNeverAnswersQMPTimesOutAndIsKilled() async throws {
        let marker = "stand-in-\(UUID().uuidString)"
        let options = QEMULaunchOptions(
            executable: "python3", arguments: ["-c", "import time; time.sleep(60)", marker],
            addsSerialConsole: false, startTimeout: .milliseconds(800))
        do {
            _ = try await QEMUProcess.launch(options)
            Issue.record("launch succeeded")
        } catch let QEMURuntimeError.startTimedOut(after, _) {
            #expect(after == .milliseconds(800))
        }
        #expect(Self.livePIDs(withArgument: marker).isEmpty)
    }

    /// Processes (not zombies) whose command line has `argument`.
    static func livePIDs(withArgument argument: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).filter { pid in
            let commandLine = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
            let words = commandLine.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words.contains(argument) && QEMUTestMachine.isAlive(pid)
        }
    }
}
