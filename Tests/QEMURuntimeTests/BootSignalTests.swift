import Foundation
import Testing
@testable import QEMURuntime

/// Pids and argv of running (not zombie) processes whose command line contains `text`.
private func processes(containing text: String) -> [(pid: Int32, argv: [String])] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> (Int32, [String])? in
        guard let pid = Int32(entry), pid != getpid(),
              let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
              let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
              !stat.contains(") Z ")
        else { return nil }
        let argv = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return argv.contains { $0.contains(text) } ? (pid, argv) : nil
    }
}

@Suite("boot under signals")
struct BootSignalTests {
    @Test("SIGTERM to qemu-cmd boot: QEMU gone within 5 s, no runtime files left, exit 143")
    // Synchronous, sleeping with usleep: while other tests keep the cooperative thread pool busy, an
    // async poll could be resumed only after the whole boot (about 6 s) was over and never see QEMU.
    func sigtermLeavesNothing() throws {
        let temporary = try QEMURuntimeDirectory.boot()
        defer { temporary.remove() }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qemu-cmd")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "qemu-cmd is not built beside the tests; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["boot", "--preset", "single-pmem"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.url.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        let errorLog = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-boot-signal-\(getpid()).log")
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorLog) }
        process.standardError = try FileHandle(forWritingTo: errorLog)
        try process.run()
        var qemu: (pid: Int32, argv: [String])?
        let deadline = ContinuousClock.now + .seconds(120)
        while qemu == nil, process.isRunning, ContinuousClock.now < deadline {
            qemu = processes(containing: temporary.url.path).first { $0.argv.first?.contains("qemu-system") == true }
            usleep(50_000)
        }
        let found = try #require(qemu, "QEMU never started; qemu-cmd boot printed: \((try? String(contentsOf: errorLog, encoding: .utf8)) ?? "")")
        let runtimeDirectory = found.argv.first { $0.hasPrefix("unix:/tmp/qemu-cmd.") }.map { String($0.dropFirst(5).split(separator: "/").prefix(2).joined(separator: "/")) }
        process.terminate()
        let stop = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < stop, !processes(containing: temporary.url.path).isEmpty || process.isRunning {
            usleep(50_000)
        }
        #expect(processes(containing: temporary.url.path).isEmpty, "QEMU \(found.pid) still runs 5 s after SIGTERM")
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 143)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).isEmpty)
        if let runtimeDirectory {
            #expect(!FileManager.default.fileExists(atPath: "/" + runtimeDirectory), "\(runtimeDirectory) left behind")
        }
    }
}
