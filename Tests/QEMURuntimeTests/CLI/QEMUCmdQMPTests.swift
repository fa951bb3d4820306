import Foundation
import Testing
@testable import QEMURuntime

/// `qemu-cmd qmp SOCKET COMMAND [JSON]` against a real QEMU's second QMP socket.
@Suite(.timeLimit(.minutes(2))) struct QEMUCmdQMPTests {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the built `qemu-cmd` with `arguments` and collects what it printed.
    static func qemuCmd(_ arguments: [String]) async throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: QEMURunCommandSignalTests.qemuCmd)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let collected = await Task.detached {
            (output.fileHandleForReading.readDataToEndOfFile(), errors.fileHandleForReading.readDataToEndOfFile())
        }.value
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: collected.0, as: UTF8.self),
            errors: String(decoding: collected.1, as: UTF8.self))
    }

    @Test func repliesErrorsAndUsageErrorsHaveTheirExitCodes() async throws {
        var options = QEMUTestMachine.options(["-S", "-machine", "pc"])
        options.providesUserQMPSocket = true
        try await QEMUTestMachine.with(options: options) { process in
            try await check(socketIn: process)
        }
    }

    private func check(socketIn process: QEMUProcess) async throws {
        let socket = try #require(process.userQMPSocketPath)

        let status = try await Self.qemuCmd(["qmp", socket, "query-status"])
        #expect(status.status == 0)
        let reply = try QMPValue(jsonData: Data(status.output.utf8)).decode(QMPStatus.self)
        #expect(reply == QMPStatus(running: false, status: .prelaunch))

        let failed = try await Self.qemuCmd(["qmp", "--json", socket, "device_del", #"{"id": "nope"}"#])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("DeviceNotFound: Device 'nope' not found"))
        #expect(try QMPValue(jsonData: Data(failed.output.utf8))["error"]?["class"] == "DeviceNotFound")

        let usage = try await Self.qemuCmd(["qmp", socket, "device_del", "[1]"])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("must be a JSON object"))

        let missing = try await Self.qemuCmd(["qmp", process.runtimeDirectory + "/no.sock", "query-status"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("no QMP socket"))
    }
}
