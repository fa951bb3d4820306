import Synchronization

/// A flag that can be set once, safely from any thread.
final class OnceFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Sets the flag; true only for the call that set it first.
    func setIfFirst() -> Bool {
        flag.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged
    }
}
