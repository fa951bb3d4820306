/// A mistake in how qemu-cmd was invoked (exit status 2).
struct UsageError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
