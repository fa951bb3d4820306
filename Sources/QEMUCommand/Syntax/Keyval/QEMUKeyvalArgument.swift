/// The syntax tree of a keyval argument (`-machine`, `-smp`, `-boot`, `-blockdev`, `-audiodev`, …).
///
/// Parsing follows `keyval_parse_one()` in util/keyval.c: keys are dotted QAPI names or list
/// indices, values run to the first single `,` with `,,` escaping, an implied first value cannot
/// contain `,` or `=`, and a bare key is an error. ``text`` prints the tree back; for a parsed
/// argument it is byte-identical to the input. ``tree()`` gives the nested value QEMU builds.
public struct QEMUKeyvalArgument: Hashable, Sendable, Codable {
    /// The option's implied first key (`type` for `-machine`), or `nil` when it has none.
    public var impliedKey: String?
    /// The elements in the order written.
    public var elements: [QEMUKeyvalElement]
    /// Whether the argument ends with a single `,` after its last element.
    public var hasTrailingComma: Bool
    /// Where each element was in the parsed text; empty for trees built in code.
    public var spans: [QEMUOptsSpan]

    /// Creates a tree from its elements.
    public init(impliedKey: String? = nil, elements: [QEMUKeyvalElement], hasTrailingComma: Bool = false) {
        self.impliedKey = impliedKey
        self.elements = elements
        self.hasTrailingComma = hasTrailingComma
        self.spans = []
    }

    /// Parses `text` as keyval, reporting the first error the way QEMU does.
    ///
    /// The nested structure is validated too (inconsistent use of a key, gaps in list indices),
    /// so an argument that parses here is one QEMU's `keyval_parse()` accepts.
    public init(parsing text: String, impliedKey: String?) throws(Diagnostic) {
        var parser = QEMUKeyvalParser(impliedKey: impliedKey)
        var text = text
        let result = text.withUTF8 { parser.parse($0) }
        switch result {
        case .success(let parsed):
            self.impliedKey = impliedKey
            (elements, spans, hasTrailingComma) = parsed
        case .failure(let diagnostic):
            throw diagnostic
        }
        // Without a dotted key the value is flat: nothing can be inconsistent or missing.
        if elements.contains(where: Self.hasDottedKey) { _ = try tree() }
    }

    private static func hasDottedKey(_ element: QEMUKeyvalElement) -> Bool {
        if case .pair(let key, _) = element { return key.utf8.contains(UInt8(ascii: ".")) }
        return false
    }

    /// The argument as QEMU reads it back: elements joined by `,`, values escaped.
    public var text: String {
        var result = ""
        for (position, element) in elements.enumerated() {
            if position > 0 { result += "," }
            switch element {
            case .implied(let value):
                if let impliedKey, !Self.canBeImplied(value) {
                    result += impliedKey + "=" + CommaEscaping.escape(value)
                } else {
                    result += value
                }
            case .pair(let key, let value):
                result += key + "=" + CommaEscaping.escape(value)
            case .help(let word):
                result += word
            }
        }
        if hasTrailingComma { result += "," }
        return result
    }

    /// An implied value must be non-empty, hold no `,` or `=`, and not be `help` or `?`.
    static func canBeImplied(_ value: String) -> Bool {
        !value.isEmpty && value != "help" && value != "?"
            && !value.utf8.contains(UInt8(ascii: ",")) && !value.utf8.contains(UInt8(ascii: "="))
    }

    /// Every key=value setting in order, with the implied value under its key; help requests are left out.
    public var settings: [(key: String, value: String)] {
        elements.compactMap { element in
            switch element {
            case .implied(let value): (impliedKey ?? "", value)
            case .pair(let key, let value): (key, value)
            case .help: nil
            }
        }
    }

    /// The value of `key` (a full dotted key); the last setting wins.
    public func value(forKey key: String) -> String? {
        settings.last { $0.key == key }?.value
    }

    /// Whether the argument asks for help.
    public var wantsHelp: Bool {
        elements.contains { if case .help = $0 { true } else { false } }
    }

    /// The nested value QEMU builds from the settings: dotted keys become objects and indexed keys
    /// lists (`keyval_parse_put()` and `keyval_listify()`).
    public func tree() throws(Diagnostic) -> QEMUKeyvalNode {
        var builder = QEMUKeyvalTreeBuilder()
        for (position, setting) in settings.enumerated() {
            let offset = spans.indices.contains(position) ? spans[position].start : 0
            try builder.put(key: setting.key, value: setting.value, at: offset)
        }
        return try builder.build()
    }

    /// Trees are equal when they print the same; source spans are not compared.
    public static func == (lhs: QEMUKeyvalArgument, rhs: QEMUKeyvalArgument) -> Bool {
        lhs.impliedKey == rhs.impliedKey && lhs.elements == rhs.elements && lhs.hasTrailingComma == rhs.hasTrailingComma
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(impliedKey)
        hasher.combine(elements)
        hasher.combine(hasTrailingComma)
    }
}
