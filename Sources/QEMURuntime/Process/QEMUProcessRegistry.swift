import Dispatch
import Glibc
import Synchronization

/// The QEMU processes this program has started and not yet seen exit.
///
/// QEMU never outlives its owner: on SIGINT, SIGTERM or SIGHUP (unless a handler is set with
/// `setSignalHandler`) and at normal program exit every live QEMU is killed and its runtime directory
/// removed; if the program dies abruptly, the kernel kills QEMU (parent-death signal).
public final class QEMUProcessRegistry: Sendable {
    /// The registry of this program.
    public static let shared = QEMUProcessRegistry()

    private struct State {
        var children: [pid_t: QEMUChild] = [:]
        var signalHandler: (@Sendable (Int32) -> Void)?
        var signalSources: [any DispatchSourceSignal] = []
    }

    private let state = Mutex(State())

    private init() {}

    /// The pids of the QEMU processes still running.
    public var livePIDs: [pid_t] { state.withLock { Array($0.children.keys) } }

    /// Replaces the default reaction to SIGINT, SIGTERM and SIGHUP (kill every QEMU, then exit with
    /// 128 + signal) with `handler`, e.g. a clean shutdown for Ctrl-C. Pass nil to restore it.
    public func setSignalHandler(_ handler: (@Sendable (Int32) -> Void)?) {
        installSignalSources()
        state.withLock { $0.signalHandler = handler }
    }

    /// Kills every live QEMU with SIGKILL and waits (at most `timeout`) until each is reaped and its
    /// runtime directory removed.
    public func killAll(timeout: Duration = .seconds(3)) {
        let children = state.withLock { Array($0.children.values) }
        for child in children { child.signal(SIGKILL) }
        for child in children { child.waitForExitBlocking(timeout: timeout) }
    }

    func register(_ child: QEMUChild) {
        installSignalSources()
        state.withLock { $0.children[child.pid] = child }
    }

    func remove(_ child: QEMUChild) {
        state.withLock { _ = $0.children.removeValue(forKey: child.pid) }
    }

    private func installSignalSources() {
        state.withLock { state in
            guard state.signalSources.isEmpty else { return }
            atexit { QEMUProcessRegistry.shared.killAll() }
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                Glibc.signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [weak self] in self?.handle(signalNumber) }
                source.resume()
                state.signalSources.append(source)
            }
        }
    }

    private func handle(_ signalNumber: Int32) {
        if let handler = state.withLock({ $0.signalHandler }) {
            handler(signalNumber)
            return
        }
        killAll()
        exit(128 + signalNumber)
    }
}
