import Foundation
import Glibc
import Testing
@testable import QEMURuntime

/// Launches the real qemu-system-x86_64 (TCG, no display, no default devices) for tests.
enum QEMUTestMachine {
    static let executable = "qemu-system-x86_64"
    static let baseArguments = ["-display", "none", "-nodefaults", "-accel", "tcg", "-m", "256"]
    static let kernel = "/boot/vmlinuz-6.1.0-56-amd64"

    /// Options for a test machine with short shutdown steps.
    static func options(_ arguments: [String]) -> QEMULaunchOptions {
        QEMULaunchOptions(
            executable: executable, arguments: baseArguments + arguments,
            shutdownTimeouts: QEMUShutdownTimeouts(powerdown: .seconds(1), quit: .seconds(3), terminate: .seconds(3)))
    }

    /// Runs `body` with a launched machine, then kills it and checks its runtime directory is gone.
    static func with(_ arguments: [String], _ body: (QEMUProcess) async throws -> Void) async throws {
        try await with(options: options(arguments), body)
    }

    /// Runs `body` with a machine launched from `options`, then kills it and checks its runtime
    /// directory is gone.
    static func with(options: QEMULaunchOptions, _ body: (QEMUProcess) async throws -> Void) async throws {
        let process = try await QEMUProcess.launch(options)
        do {
            try await body(process)
        } catch {
            await process.kill()
            throw error
        }
        await process.kill()
        #expect(!FileManager.default.fileExists(atPath: process.runtimeDirectory))
    }

    /// True while a process with `pid` exists and is not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let state = stat.split(separator: ")").last?.split(separator: " ").first
        return state != "Z"
    }

    /// Waits up to `timeout` for `pid` to be gone; true when it is.
    static func waitUntilGone(_ pid: pid_t, timeout: Duration) async -> Bool {
        await waitUntil(timeout: timeout) { !isAlive(pid) }
    }

    /// Polls `condition` until it holds or `timeout` passes; true when it held.
    static func waitUntil(timeout: Duration, _ condition: () -> Bool) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while !condition() {
            guard clock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return true
    }

    /// Receives events from `stream` until one named `name` matches `predicate`, at most `timeout`.
    static func event(
        _ name: String, in stream: AsyncStream<QMPEvent>, timeout: Duration = .seconds(20),
        where predicate: @escaping @Sendable (QMPEvent) -> Bool = { _ in true }
    ) async -> QMPEvent? {
        await withTaskGroup(of: QMPEvent?.self) { group in
            group.addTask {
                for await event in stream where event.name == name && predicate(event) { return event }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
