/// A simple shell command split into words: environment assignments, the program, its arguments.
public struct ShellCommand: Hashable, Sendable {
    /// `NAME=value` words written before the program.
    public var environment: [EnvironmentAssignment]
    /// The source words of ``environment``, in order.
    public var environmentWords: [ShellWord]
    /// The program word followed by the arguments.
    public var words: [ShellWord]
    /// Problems found while splitting: unterminated quotes, unexpanded `$VAR`, shell operators, ….
    public var diagnostics: [Diagnostic]

    /// Creates a command from its parts.
    public init(environment: [EnvironmentAssignment] = [], environmentWords: [ShellWord] = [], words: [ShellWord], diagnostics: [Diagnostic] = []) {
        self.environment = environment
        self.environmentWords = environmentWords
        self.words = words
        self.diagnostics = diagnostics
    }

    /// The argv a shell passes to the program: the program word and the arguments.
    public var argv: [String] { words.map(\.value) }

    /// Splits shell text into words the way a POSIX shell does for one simple command.
    public init(parsing source: SourceText) {
        var lexer = ShellLexer(source: source)
        self = lexer.run()
    }
}
