import ArgumentParser

/// A problem with the user's input: printed as `error: …` and exit status 1.
struct CXLCommandError: Error, CustomStringConvertible {
    /// The message, naming the problem and its fix.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
