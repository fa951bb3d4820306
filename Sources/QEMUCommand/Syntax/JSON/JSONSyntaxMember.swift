/// One `"key": value` member of a JSON object as written, with the whitespace around its tokens.
public struct JSONSyntaxMember: Hashable, Sendable {
    /// Whitespace after the `{` or `,` that precedes the key.
    public var keyLeadingTrivia: String
    /// The key token.
    public var key: JSONStringToken
    /// Whitespace between the key and the `:`.
    public var keyTrailingTrivia: String
    /// The value; its leading trivia follows the `:`, its trailing trivia precedes the `,` or `}`.
    public var value: JSONSyntaxNode

    /// Creates a member.
    public init(keyLeadingTrivia: String = "", key: JSONStringToken, keyTrailingTrivia: String = "", value: JSONSyntaxNode) {
        self.keyLeadingTrivia = keyLeadingTrivia
        self.key = key
        self.keyTrailingTrivia = keyTrailingTrivia
        self.value = value
    }
}
