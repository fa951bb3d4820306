/// An option's argument: the text as written and its syntax tree.
public struct QEMUOptionArgument: Hashable, Sendable {
    /// The argument exactly as QEMU receives it.
    public var text: String
    /// The argument's syntax tree, or `nil` when it could not be read (a diagnostic says why).
    public var syntax: QEMUArgumentSyntaxTree?

    /// An argument read from `text`.
    public init(text: String, syntax: QEMUArgumentSyntaxTree?) {
        self.text = text
        self.syntax = syntax
    }

    /// An argument made from a syntax tree; its text is the tree printed.
    public init(_ syntax: QEMUArgumentSyntaxTree) {
        self.text = syntax.text
        self.syntax = syntax
    }
}
