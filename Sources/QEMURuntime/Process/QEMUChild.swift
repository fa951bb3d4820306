import Foundation
import Glibc
import Synchronization

/// One spawned QEMU process as the runtime tracks it: its pid, console and runtime directory, and
/// the exit that a dedicated thread observes, after which the directory is removed.
final class QEMUChild: Sendable {
    private struct State {
        /// Set when the process is reaped.
        var exitStatus: QEMUExitStatus?
        /// Set when the console is finished and the runtime directory removed.
        var finishedStatus: QEMUExitStatus?
        var waiters: [Int: CheckedContinuation<QEMUExitStatus, any Error>] = [:]
        var nextKey = 0
    }

    /// The QEMU process id.
    let pid: pid_t
    /// The private runtime directory.
    let runtimeDirectory: QEMURuntimeDirectory
    /// The captured console.
    let console: QEMUConsole
    private let keepsRuntimeDirectory: Bool
    private let state = Mutex(State())
    private let outputReaders = DispatchGroup()

    init(pid: pid_t, runtimeDirectory: QEMURuntimeDirectory, console: QEMUConsole, keepsRuntimeDirectory: Bool) {
        self.pid = pid
        self.runtimeDirectory = runtimeDirectory
        self.console = console
        self.keepsRuntimeDirectory = keepsRuntimeDirectory
    }

    /// The exit status, once QEMU has ended.
    var exitStatus: QEMUExitStatus? { state.withLock { $0.exitStatus } }

    /// Sends `signal` to QEMU unless it has already been reaped (so a reused pid is never hit).
    func signal(_ signal: Int32) {
        state.withLock { state in
            if state.exitStatus == nil { _ = kill(pid, signal) }
        }
    }

    /// Runs `body` on its own thread as an output reader; the exit is reported only after it ends.
    func startOutputReader(named name: String, _ body: @escaping @Sendable () -> Void) {
        outputReaders.enter()
        let thread = Thread { [outputReaders] in
            body()
            outputReaders.leave()
        }
        thread.name = name
        thread.start()
    }

    /// Starts the thread that waits for QEMU to exit, then finishes the console and cleans up.
    func startObservingExit(onExit: @escaping @Sendable (QEMUChild) -> Void) {
        let thread = Thread { [self] in
            var info = siginfo_t()
            while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
            let status: QEMUExitStatus = state.withLock { state in
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
                let status = QEMUExitStatus(waitStatus: raw)
                state.exitStatus = status
                return status
            }
            _ = outputReaders.wait(timeout: .now() + 2)
            console.finish(with: .exited(status, lastConsoleLines: console.lastLines()))
            if !keepsRuntimeDirectory { runtimeDirectory.remove() }
            onExit(self)
            let waiters = state.withLock { state in
                state.finishedStatus = status
                defer { state.waiters.removeAll() }
                return Array(state.waiters.values)
            }
            for waiter in waiters { waiter.resume(returning: status) }
        }
        thread.name = "QEMU \(pid) exit"
        thread.start()
    }

    /// Waits until QEMU has exited and its runtime directory is cleaned up; cancellable.
    func waitForExit() async throws -> QEMUExitStatus {
        let key = state.withLock { state in
            defer { state.nextKey += 1 }
            return state.nextKey
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let cancelled = Task.isCancelled
                let finished: QEMUExitStatus? = state.withLock { state in
                    if let status = state.finishedStatus { return status }
                    if !cancelled { state.waiters[key] = continuation }
                    return nil
                }
                if let finished {
                    continuation.resume(returning: finished)
                } else if cancelled {
                    continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: key) }
            waiter?.resume(throwing: CancellationError())
        }
    }

    /// Waits at most `timeout` for the exit; nil when QEMU still runs.
    func waitForExit(timeout: Duration) async -> QEMUExitStatus? {
        await withTaskGroup(of: QEMUExitStatus?.self) { group in
            group.addTask { try? await self.waitForExit() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// Blocks the calling thread until QEMU is reaped and cleaned up, at most `timeout`.
    func waitForExitBlocking(timeout: Duration) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while state.withLock({ $0.finishedStatus == nil }) && clock.now < deadline {
            usleep(10_000)
        }
    }
}
