/// Where one command-line item came from: its option word and its argument word.
public struct QEMUItemSource: Hashable, Sendable {
    /// The option word (or the image word for an image).
    public var word: ShellWord
    /// The argument word, when the option has one.
    public var argumentWord: ShellWord?

    /// Creates an item source.
    public init(word: ShellWord, argumentWord: ShellWord? = nil) {
        self.word = word
        self.argumentWord = argumentWord
    }
}
