/// The syntax tree of a QemuOpts argument (`-device`, `-chardev`, `-drive`, `-m`, `-numa`, …).
///
/// Parsing follows `opts_do_parse()` and `get_opt_name_value()` in util/qemu-option.c exactly:
/// elements are kept in order, repeated keys and bare flags are kept as written, `,,` escapes a comma
/// in values, and one trailing comma is remembered. ``text`` prints the tree back; for a parsed
/// argument it is byte-identical to the input.
public struct QEMUOptsArgument: Hashable, Sendable, Codable {
    /// The option's implied first key (`driver` for `-device`), or `nil` when it has none.
    public var impliedKey: String?
    /// The elements in the order written.
    public var elements: [QEMUOptsElement]
    /// Whether the argument ends with a single `,` after its last element.
    public var hasTrailingComma: Bool
    /// Where each element was in the parsed text; empty for trees built in code.
    public var spans: [QEMUOptsSpan]

    /// Creates a tree from its elements.
    public init(impliedKey: String? = nil, elements: [QEMUOptsElement], hasTrailingComma: Bool = false) {
        self.impliedKey = impliedKey
        self.elements = elements
        self.hasTrailingComma = hasTrailingComma
        self.spans = []
    }

    /// Parses `text` as QemuOpts. QemuOpts accepts every byte string, so this cannot fail.
    ///
    /// - Parameter impliedKey: the implied first key, used only when the first element has no `=`
    ///   before its first `,` (QEMU's `permit_abbrev`).
    public init(parsing text: String, impliedKey: String?) {
        self.impliedKey = impliedKey
        var text = text
        (elements, spans, hasTrailingComma) = text.withUTF8 { Self.parseElements($0, impliedKey: impliedKey) }
    }

    private static func parseElements(
        _ bytes: UnsafeBufferPointer<UInt8>, impliedKey: String?
    ) -> ([QEMUOptsElement], [QEMUOptsSpan], Bool) {
        var elements: [QEMUOptsElement] = []
        var spans: [QEMUOptsSpan] = []
        let capacity = CommaEscaping.maximumElementCount(bytes)
        elements.reserveCapacity(capacity)
        spans.reserveCapacity(capacity)
        var index = 0
        var trailingComma = false
        while index < bytes.count {
            let start = index
            let nameEnd = firstNameDelimiter(bytes, from: index)
            if nameEnd < bytes.count, bytes[nameEnd] == UInt8(ascii: "=") {
                let (value, end) = CommaEscaping.readValue(bytes, from: nameEnd + 1)
                elements.append(.pair(key: string(bytes, start, nameEnd), value: value))
                spans.append(QEMUOptsSpan(start: start, valueStart: nameEnd + 1, end: end))
                index = end
            } else if elements.isEmpty, impliedKey != nil {
                let (value, end) = CommaEscaping.readValue(bytes, from: start)
                elements.append(.implied(value: value))
                spans.append(QEMUOptsSpan(start: start, valueStart: start, end: end))
                index = end
            } else {
                elements.append(.flag(string(bytes, start, nameEnd)))
                spans.append(QEMUOptsSpan(start: start, valueStart: start, end: nameEnd))
                index = nameEnd
            }
            if index < bytes.count {
                index += 1  // the separating comma
                trailingComma = index == bytes.count
            }
        }
        return (elements, spans, trailingComma)
    }

    /// `strcspn(p, "=,")`.
    private static func firstNameDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != CommaEscaping.comma {
            index += 1
        }
        return index
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The argument as QEMU reads it back: elements joined by `,`, values escaped.
    ///
    /// An implied value that would not read back as implied (it is empty-and-alone is fine, but one
    /// whose first `=` comes before any `,`) is written as `impliedKey=value`.
    public var text: String {
        var result = ""
        for (position, element) in elements.enumerated() {
            if position > 0 { result += "," }
            result += Self.text(of: element, impliedKey: impliedKey)
        }
        if hasTrailingComma { result += "," }
        return result
    }

    private static func text(of element: QEMUOptsElement, impliedKey: String?) -> String {
        switch element {
        case .implied(let value):
            let escaped = CommaEscaping.escape(value)
            if let impliedKey, !readsBackAsImplied(escaped) { return impliedKey + "=" + escaped }
            return escaped
        case .pair(let key, let value):
            return key + "=" + CommaEscaping.escape(value)
        case .flag(let name):
            return name
        }
    }

    /// An escaped implied value reads back as implied when its first `=` or `,` is not `=`.
    static func readsBackAsImplied(_ escaped: String) -> Bool {
        for byte in escaped.utf8 {
            if byte == UInt8(ascii: "=") { return false }
            if byte == CommaEscaping.comma { return true }
        }
        return true
    }

    /// The argument in canonical form: bare flags written as `key=on|off`, no trailing comma.
    public var canonicalText: String {
        var copy = self
        copy.hasTrailingComma = false
        copy.elements = elements.enumerated().map { position, element in
            if case .implied("") = element, let impliedKey {
                return .pair(key: impliedKey, value: "")  // a bare empty value needs its trailing comma
            }
            guard case .flag = element else { return element }
            if position == 0, impliedKey != nil { return element }
            let setting = element.setting(impliedKey: impliedKey)
            return .pair(key: setting.key, value: setting.value)
        }
        return copy.text
    }

    /// Every key=value setting in order, with implied values and flags resolved.
    public var settings: [(key: String, value: String)] {
        elements.map { $0.setting(impliedKey: impliedKey) }
    }

    /// The value QEMU uses for `key`: the last setting of it wins (`qemu_opt_find()`).
    public func value(forKey key: String) -> String? {
        if key == "id" { return id }
        return settings.last { $0.key == key }?.value
    }

    /// Every value given for `key`, in order (how the OptsVisitor builds list members).
    public func values(forKey key: String) -> [String] {
        settings.filter { $0.key == key }.map(\.value)
    }

    /// The `id=` QEMU uses: the first one written (`opts_parse_id()`).
    public var id: String? {
        for element in elements {
            if case .pair("id", let value) = element { return value }
        }
        return nil
    }

    /// The implied key's value: the implied first element, or else the last `impliedKey=` pair.
    public var impliedValue: String? {
        guard let impliedKey else { return nil }
        return value(forKey: impliedKey)
    }

    /// Sets `key` to `value`: replaces the last setting of it in place, or appends a pair.
    public mutating func set(_ key: String, to value: String) {
        spans = []
        if let position = elements.lastIndex(where: { $0.setting(impliedKey: impliedKey).key == key }) {
            if case .implied = elements[position] {
                elements[position] = .implied(value: value)
            } else {
                elements[position] = .pair(key: key, value: value)
            }
        } else {
            elements.append(.pair(key: key, value: value))
        }
    }

    /// Trees are equal when they print the same; source spans are not compared.
    public static func == (lhs: QEMUOptsArgument, rhs: QEMUOptsArgument) -> Bool {
        lhs.impliedKey == rhs.impliedKey && lhs.elements == rhs.elements && lhs.hasTrailingComma == rhs.hasTrailingComma
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(impliedKey)
        hasher.combine(elements)
        hasher.combine(hasTrailingComma)
    }
}
