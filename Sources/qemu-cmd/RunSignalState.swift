import Synchronization

/// What signals `qemu-cmd run` has received, shared between its signal handler and its main flow.
final class RunSignalState: Sendable {
    private let interrupted = Atomic<Bool>(false)
    private let fatalSignal = Atomic<Int32>(0)

    /// Records a Ctrl-C; true only for the first.
    func recordFirstInterrupt() -> Bool {
        interrupted.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged
    }

    /// Records the signal that makes qemu-cmd kill QEMU and exit.
    func recordFatal(_ signal: Int32) {
        fatalSignal.store(signal, ordering: .relaxed)
    }

    /// The signal recorded by `recordFatal`, if any.
    var fatal: Int32? {
        let signal = fatalSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
