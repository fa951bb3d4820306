/// Reads the settings of a `key=value` or JSON option argument into typed values.
///
/// Each typed read takes its key out; what is left over (``remaining``) becomes the option's
/// ``QEMUProperty`` list, in the order written. A value that does not read as its type is left in
/// place, so it is kept and printed back as written.
struct QEMUSettingsReader {
    /// The notation of the argument.
    let notation: QEMUArgumentNotation
    /// Whether the argument is QemuOpts (where the first `id=` counts) rather than keyval.
    let isQEMUOpts: Bool
    private(set) var remaining: [QEMUProperty]

    /// Reads the argument of `option`; fails for a plain, unreadable or help argument.
    init(_ option: QEMUOption) throws(QEMUModelError) {
        switch option.argument?.syntax {
        case .qemuOpts(let tree):
            notation = .keyValue
            isQEMUOpts = true
            remaining = tree.settings.map { QEMUProperty($0.key, $0.value) }
        case .keyval(let tree):
            guard !tree.wantsHelp else { throw QEMUModelError("'\(option.spelling) help' asks for help") }
            notation = .keyValue
            isQEMUOpts = false
            remaining = tree.settings.map { QEMUProperty($0.key, $0.value) }
        case .json(let tree):
            guard case .object(let members) = tree.value else {
                throw QEMUModelError("the JSON argument of '\(option.spelling)' is not an object")
            }
            notation = .json
            isQEMUOpts = false
            remaining = members.map { QEMUProperty($0.key, $0.value) }
        case .plain, .legacyChardev, .cpu, .global, .set, nil:
            throw QEMUModelError("'\(option.spelling)' has no key=value or JSON argument")
        }
    }

    /// Takes every setting of `key`; returns the one QEMU uses (the last; the first `id` in QemuOpts).
    mutating func take(_ key: String) -> JSONValue? {
        let matches = remaining.filter { $0.key == key }
        guard !matches.isEmpty else { return nil }
        remaining.removeAll { $0.key == key }
        return (isQEMUOpts && key == "id" ? matches.first : matches.last)?.value
    }

    /// Takes every setting of a repeated key (`hostfwd=…,hostfwd=…`), in order.
    mutating func takeAll(_ key: String) -> [String] {
        let matches = remaining.filter { $0.key == key }.compactMap { Self.text(of: $0.value) }
        remaining.removeAll { $0.key == key }
        return matches
    }

    /// Takes the value read by `convert`, leaving the setting in place when it does not convert.
    private mutating func take<T>(_ key: String, _ convert: (JSONValue) -> T?) -> T? {
        guard let position = remaining.lastIndex(where: { $0.key == key }) else { return nil }
        let candidate = isQEMUOpts && key == "id" ? remaining.first { $0.key == key }?.value : remaining[position].value
        guard let candidate, let value = convert(candidate) else { return nil }
        remaining.removeAll { $0.key == key }
        return value
    }

    /// A string value (numbers and booleans in JSON are taken as their text).
    mutating func string(_ key: String) -> String? { take(key) { Self.text(of: $0) } }

    /// An identifier value.
    mutating func id(_ key: String = "id") -> QEMUID? { string(key).map { QEMUID($0) } }

    /// A size: a `qemu_strtosz()` string or a JSON number of bytes.
    mutating func size(_ key: String) -> QEMUSize? { take(key) { Self.size(of: $0) } }

    /// The size of `-m`, where a number without suffix is in MiB.
    mutating func memorySize(_ key: String) -> QEMUSize? {
        take(key) { value in Self.text(of: value).flatMap { try? QEMUSize(parsingMemorySize: $0) } }
    }

    /// A boolean: one of QEMU's spellings or a JSON boolean.
    mutating func bool(_ key: String) -> QEMUBool? { take(key) { Self.bool(of: $0) } }

    /// An unsigned integer: a `strtoull` base-0 string or a JSON number.
    mutating func unsigned(_ key: String) -> UInt64? { take(key) { Self.unsigned(of: $0) } }

    /// The nested value of `key` and its dotted sub-keys (`cxl-fmw.0.size=4G` → `cxl-fmw`), as
    /// `keyval_parse()` builds it; taken only when `convert` accepts it.
    mutating func tree<T>(_ key: String, _ convert: (JSONValue) -> T?) -> T? {
        if notation == .json { return take(key, convert) }
        let prefix = key + "."
        let members = remaining.filter { $0.key == key || $0.key.hasPrefix(prefix) }
        guard !members.isEmpty else { return nil }
        var root = QEMUSettingsTree()
        for member in members {
            let path = member.key == key ? [] : member.key.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            root.insert(member.value, at: path)
        }
        guard let value = convert(root.value) else { return nil }
        remaining.removeAll { $0.key == key || $0.key.hasPrefix(prefix) }
        return value
    }

    /// The text of a scalar: strings as they are, numbers as written, booleans `on`/`off`.
    static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.text
        case .bool(let flag): flag ? "on" : "off"
        default: nil
        }
    }

    static func size(of value: JSONValue) -> QEMUSize? {
        switch value {
        case .string(let text): try? QEMUSize(parsing: text)
        case .number(let number): number.uint64Value.map(QEMUSize.init(bytes:))
        default: nil
        }
    }

    static func bool(of value: JSONValue) -> QEMUBool? {
        switch value {
        case .string(let text): try? QEMUBool(parsing: text)
        case .bool(let flag): QEMUBool(flag)
        default: nil
        }
    }

    static func unsigned(of value: JSONValue) -> UInt64? {
        switch value {
        case .string(let text):
            guard let integer = try? QEMUInteger(parsing: text), !integer.isNegative else { return nil }
            return integer.magnitude
        case .number(let number): return number.uint64Value
        default: return nil
        }
    }
}
