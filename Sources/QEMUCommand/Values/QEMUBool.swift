/// A boolean as QEMU reads it from text (`qapi_bool_parse()`): `on`, `yes`, `true`, `y` or
/// `off`, `no`, `false`, `n`, case-sensitive. ``text`` writes `on` or `off`.
public struct QEMUBool: Hashable, Sendable, Codable {
    /// The value.
    public var value: Bool

    /// The spellings QEMU reads as true.
    public static let trueSpellings = ["on", "yes", "true", "y"]
    /// The spellings QEMU reads as false.
    public static let falseSpellings = ["off", "no", "false", "n"]

    /// Wraps a value.
    public init(_ value: Bool) {
        self.value = value
    }

    /// Parses one of QEMU's eight spellings, reporting anything else at offset 0.
    public init(parsing text: String) throws(Diagnostic) {
        if Self.trueSpellings.contains(text) {
            value = true
        } else if Self.falseSpellings.contains(text) {
            value = false
        } else {
            throw Self.problem(text)
        }
    }

    private static func problem(_ text: String) -> Diagnostic {
        let lowered = text.lowercased()
        if trueSpellings.contains(lowered) || falseSpellings.contains(lowered) {
            return .argumentError(
                "'\(text)' is not a boolean: QEMU booleans are case-sensitive", at: 0, rule: "value.bool-case",
                fix: "write '\(lowered)'")
        }
        return .argumentError(
            text.isEmpty ? "empty boolean: QEMU expects 'on' or 'off'" : "'\(text)' is not a boolean: QEMU expects 'on' or 'off'",
            at: 0, rule: "value.bool-invalid", fix: "write 'on' or 'off' (QEMU also reads yes/no, true/false and y/n)")
    }

    /// `on` or `off`.
    public var text: String { value ? "on" : "off" }

    /// Decodes a JSON boolean, or one of QEMU's spellings as a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            value = flag
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = try? QEMUBool(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a boolean: write true or false")
        }
        value = parsed.value
    }

    /// Encodes a JSON boolean.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
