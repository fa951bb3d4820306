/// One JSON value as written, with the whitespace before and after it.
///
/// Printing a node (``text``) gives back exactly the bytes it was parsed from; ``value`` is what
/// it means. Source ranges are kept for diagnostics and ignored by `==`.
public struct JSONSyntaxNode: Hashable, Sendable {
    /// Whitespace before the value.
    public var leadingTrivia: String
    /// The value's tokens.
    public var kind: JSONSyntaxKind
    /// Whitespace after the value.
    public var trailingTrivia: String
    /// Byte offsets of the value (trivia excluded) in the parsed argument; `nil` for nodes built in code.
    public var range: Range<Int>?

    /// Creates a node.
    public init(leadingTrivia: String = "", kind: JSONSyntaxKind, trailingTrivia: String = "", range: Range<Int>? = nil) {
        self.leadingTrivia = leadingTrivia
        self.kind = kind
        self.trailingTrivia = trailingTrivia
        self.range = range
    }

    /// The compact node tree for `value`: no whitespace, canonical strings.
    public init(_ value: JSONValue) {
        switch value {
        case .object(let members):
            let syntax = members.map { JSONSyntaxMember(key: JSONStringToken($0.key), value: JSONSyntaxNode($0.value)) }
            self.init(kind: .object(syntax, emptyTrivia: ""))
        case .array(let elements):
            self.init(kind: .array(elements.map(JSONSyntaxNode.init), emptyTrivia: ""))
        case .string(let string):
            self.init(kind: .string(JSONStringToken(string)))
        case .number(let number):
            self.init(kind: .number(number))
        case .bool(let flag):
            self.init(kind: .bool(flag))
        case .null:
            self.init(kind: .null)
        }
    }

    /// The node exactly as written.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Appends the node exactly as written to `output`.
    public func write(to output: inout String) {
        output += leadingTrivia
        switch kind {
        case .object(let members, let emptyTrivia):
            output += "{"
            if members.isEmpty { output += emptyTrivia }
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                output += member.keyLeadingTrivia
                output += member.key.raw
                output += member.keyTrailingTrivia
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        case .array(let elements, let emptyTrivia):
            output += "["
            if elements.isEmpty { output += emptyTrivia }
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .string(let token):
            output += token.raw
        case .number(let number):
            output += number.text
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        }
        output += trailingTrivia
    }

    /// What the node means.
    public var value: JSONValue {
        switch kind {
        case .object(let members, _): .object(members.map { ($0.key.value, $0.value.value) })
        case .array(let elements, _): .array(elements.map(\.value))
        case .string(let token): .string(token.value)
        case .number(let number): .number(number)
        case .bool(let flag): .bool(flag)
        case .null: .null
        }
    }

    /// Nodes are equal when they print the same; source ranges are not compared.
    public static func == (lhs: JSONSyntaxNode, rhs: JSONSyntaxNode) -> Bool {
        lhs.leadingTrivia == rhs.leadingTrivia && lhs.kind == rhs.kind && lhs.trailingTrivia == rhs.trailingTrivia
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(leadingTrivia)
        hasher.combine(kind)
        hasher.combine(trailingTrivia)
    }
}
