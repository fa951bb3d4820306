/// What a ``JSONSyntaxNode`` is, with the spelling of every token it holds.
public enum JSONSyntaxKind: Hashable, Sendable {
    /// `{ "a": 1 }`. `emptyTrivia` is the whitespace between the braces of an empty object; the
    /// whitespace of a non-empty one belongs to its members.
    case object([JSONSyntaxMember], emptyTrivia: String)
    /// `[ 1, 2 ]`. `emptyTrivia` is the whitespace between the brackets of an empty array.
    case array([JSONSyntaxNode], emptyTrivia: String)
    /// `"r0"` or `'r0'`.
    case string(JSONStringToken)
    /// `1234`.
    case number(JSONNumber)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
}
