/// How a typed option is written on the command line: its spelling, its notation and, for an
/// option that was read, the argument exactly as written.
///
/// Two forms are equal when spelling and notation are equal: ``written`` is a printing hint, not
/// part of the option's meaning. A typed option whose values still mean what ``written`` says is
/// printed as ``written``; otherwise it is printed in canonical form.
public struct QEMUOptionForm: Hashable, Sendable, Codable {
    /// The option word as written (`-M`, `--machine`); `nil` for the family's canonical spelling.
    public var spelling: String?
    /// Whether the argument is `key=value` text or JSON.
    public var notation: QEMUArgumentNotation
    /// The argument as it was read; `nil` for an option built in code.
    public var written: String?

    /// A form; the defaults give the canonical `-name key=value,…` form.
    public init(spelling: String? = nil, notation: QEMUArgumentNotation = .keyValue, written: String? = nil) {
        self.spelling = spelling
        self.notation = notation
        self.written = written
    }

    /// Whether this is the canonical form of an option built in code.
    public var isCanonical: Bool { spelling == nil && notation == .keyValue && written == nil }

    public static func == (lhs: QEMUOptionForm, rhs: QEMUOptionForm) -> Bool {
        lhs.spelling == rhs.spelling && lhs.notation == rhs.notation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(spelling)
        hasher.combine(notation)
    }

    private enum CodingKeys: String, CodingKey {
        case spelling = "option", notation, written
    }

    /// Decodes a form; missing members take their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        spelling = try container.decodeIfPresent(String.self, forKey: .spelling)
        notation = try container.decodeIfPresent(QEMUArgumentNotation.self, forKey: .notation) ?? .keyValue
        written = try container.decodeIfPresent(String.self, forKey: .written)
    }

    /// Encodes the members that differ from the defaults.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(spelling, forKey: .spelling)
        if notation != .keyValue { try container.encode(notation, forKey: .notation) }
        try container.encodeIfPresent(written, forKey: .written)
    }
}

extension KeyedDecodingContainer {
    /// A missing `form` member is the canonical form.
    func decode(_ type: QEMUOptionForm.Type, forKey key: Key) throws -> QEMUOptionForm {
        try decodeIfPresent(type, forKey: key) ?? QEMUOptionForm()
    }
}

extension KeyedEncodingContainer {
    /// The canonical form is left out.
    mutating func encode(_ value: QEMUOptionForm, forKey key: Key) throws {
        if !value.isCanonical { try encodeIfPresent(value, forKey: key) }
    }
}
