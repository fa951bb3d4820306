/// The syntax tree of a JSON option argument (`-device '{"driver":…}'`, `-object`, `-blockdev`, …).
///
/// The tree keeps every byte: whitespace, quote style and the spelling of strings and numbers, so
/// ``text`` is byte-identical to the parsed argument. ``value`` is the JSON value QEMU builds.
/// QEMU only treats an argument as JSON when its first byte is `{` (``isJSON(_:)``); the parser
/// itself accepts any JSON value.
public struct JSONArgument: Hashable, Sendable {
    /// The root value with the whitespace around it.
    public var root: JSONSyntaxNode {
        didSet { parsedText = nil }
    }
    /// The text the tree was parsed from, while the tree is unchanged (it prints the same).
    private var parsedText: String?

    /// Wraps a syntax tree.
    public init(root: JSONSyntaxNode) {
        self.root = root
    }

    /// The compact canonical argument for `value`.
    public init(_ value: JSONValue) {
        self.root = JSONSyntaxNode(value)
    }

    /// Parses `text` in QEMU's JSON dialect, reporting the first error with its byte offset.
    public init(parsing text: String) throws(Diagnostic) {
        let source = text
        var text = text
        let result: Result<JSONSyntaxNode, Diagnostic> = text.withUTF8 { bytes in
            var parser = JSONParser(bytes, source: source)
            do throws(Diagnostic) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        self.root = try result.get()
        self.parsedText = source
    }

    /// Whether QEMU reads `argument` as JSON: its first byte is `{` (no whitespace skipped).
    public static func isJSON(_ argument: String) -> Bool {
        argument.utf8.first == UInt8(ascii: "{")
    }

    /// The argument exactly as written: the tree printed, which for a parsed argument is the
    /// parsed text itself.
    public var text: String { parsedText ?? root.text }

    /// The JSON value the argument stands for.
    public var value: JSONValue { root.value }

    /// Arguments are equal when their trees are.
    public static func == (lhs: JSONArgument, rhs: JSONArgument) -> Bool {
        lhs.root == rhs.root
    }

    /// Hashes the tree.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(root)
    }
}

extension JSONArgument: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, value
    }

    /// Decodes the `text` member and parses it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        do throws(Diagnostic) {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .text, in: container, debugDescription: error.message)
        }
    }

    /// Encodes `{"text": <argument as written>, "value": <JSON value>}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
    }
}
