/// Why an option could not be read into its typed family; the option stays in the model untyped.
public struct QEMUModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the key.
    public var message: String

    /// An error with a message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
