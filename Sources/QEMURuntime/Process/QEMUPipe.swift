import CQEMURuntimeSupport
import Glibc
import Synchronization

/// A close-on-exec pipe carrying QEMU's standard output and error to the runtime.
final class QEMUPipe: Sendable {
    /// The end the runtime reads.
    let readEnd: Int32
    /// The end handed to QEMU.
    let writeEnd: Int32
    private let closed = Mutex((read: false, write: false))

    /// Creates the pipe.
    init() throws(QEMURuntimeError) {
        var ends: [Int32] = [-1, -1]
        let failure = qemu_runtime_pipe_cloexec(&ends)
        guard failure == 0 else { throw .launchFailed(path: "pipe", errno: failure) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Closes the read end once.
    func closeReadEnd() {
        if closed.withLock({ state in defer { state.read = true }; return !state.read }) { close(readEnd) }
    }

    /// Closes the write end once.
    func closeWriteEnd() {
        if closed.withLock({ state in defer { state.write = true }; return !state.write }) { close(writeEnd) }
    }
}
