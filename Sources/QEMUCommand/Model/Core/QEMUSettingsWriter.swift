/// Collects typed settings in order and prints them as an option argument in one notation.
struct QEMUSettingsWriter {
    private var settings: [(key: String, value: QEMUSettingValue)] = []

    /// Adds `key` when `value` is present.
    mutating func add(_ key: String, _ value: QEMUSettingValue?) {
        if let value { settings.append((key, value)) }
    }

    mutating func add(_ key: String, _ value: String?) { add(key, value.map(QEMUSettingValue.string)) }
    mutating func add(_ key: String, _ value: QEMUID?) { add(key, value.map { .string($0.rawValue) }) }
    mutating func add(_ key: String, _ value: QEMUSize?) { add(key, value.map(QEMUSettingValue.size)) }
    mutating func add(_ key: String, _ value: QEMUBool?) { add(key, value.map(QEMUSettingValue.bool)) }
    mutating func add(_ key: String, _ value: UInt64?) { add(key, value.map(QEMUSettingValue.unsigned)) }

    /// Adds one setting per value of a repeated key.
    mutating func addEach(_ key: String, _ values: [String]) {
        for value in values { add(key, value) }
    }

    /// Adds the untyped properties, in order.
    mutating func add(_ properties: [QEMUProperty]) {
        for property in properties { add(property.key, QEMUSettingValue.json(property.value)) }
    }

    /// The argument text in `notation` for an option read with `syntax`.
    func text(_ notation: QEMUArgumentNotation, syntax: QEMUArgumentSyntax) -> String {
        if notation == .json {
            return JSONValue.object(settings.map { ($0.key, $0.value.jsonValue) }).text
        }
        let flat = settings.flatMap { $0.value.flattened(under: $0.key) }
        switch Self.keyValueSyntax(syntax, flat) {
        case .keyval(let impliedKey):
            return QEMUKeyvalArgument(impliedKey: impliedKey, elements: Self.elements(flat, impliedKey) {
                $0 ? .implied(value: $2) : .pair(key: $1, value: $2)
            }).text
        case .qemuOpts(let impliedKey):
            return QEMUOptsArgument(impliedKey: impliedKey, elements: Self.elements(flat, impliedKey) {
                $0 ? .implied(value: $2) : .pair(key: $1, value: $2)
            }).text
        }
    }

    private enum KeyValueSyntax {
        case keyval(String?)
        case qemuOpts(String?)
    }

    private static func keyValueSyntax(_ syntax: QEMUArgumentSyntax, _ flat: [(key: String, value: String)]) -> KeyValueSyntax {
        switch syntax {
        case .keyval(let implied), .jsonOrKeyval(let implied): return .keyval(implied)
        case .display: return .keyval("type")
        case .qemuOpts(let group), .jsonOrQEMUOpts(let group): return .qemuOpts(group.impliedKey)
        case .netdev:
            let type = flat.last { $0.key == "type" }?.value
            return type == "stream" || type == "dgram" ? .keyval("type") : .qemuOpts("type")
        default: return .qemuOpts(nil)
        }
    }

    /// The elements, with the implied key's setting first and unnamed when it is the first setting.
    private static func elements<Element>(
        _ flat: [(key: String, value: String)], _ impliedKey: String?, _ make: (Bool, String, String) -> Element
    ) -> [Element] {
        flat.enumerated().map { position, setting in
            make(position == 0 && setting.key == impliedKey, setting.key, setting.value)
        }
    }
}
