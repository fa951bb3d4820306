/// A typed value written into an option argument: printed as text in `key=value` notation and as
/// the matching JSON type in JSON notation (sizes and integers as numbers, booleans as booleans).
indirect enum QEMUSettingValue {
    case string(String)
    case size(QEMUSize)
    case bool(QEMUBool)
    case unsigned(UInt64)
    case json(JSONValue)
    case object([(key: String, value: QEMUSettingValue)])
    case list([QEMUSettingValue])

    /// The value as JSON.
    var jsonValue: JSONValue {
        switch self {
        case .string(let text): .string(text)
        case .size(let size): .number(JSONNumber(size.bytes))
        case .bool(let flag): .bool(flag.value)
        case .unsigned(let value): .number(JSONNumber(value))
        case .json(let value): value
        case .object(let members): .object(members.map { ($0.key, $0.value.jsonValue) })
        case .list(let elements): .array(elements.map(\.jsonValue))
        }
    }

    /// The value as dotted `key=value` settings under `key` (`cxl-fmw.0.size=4G`).
    func flattened(under key: String) -> [(key: String, value: String)] {
        switch self {
        case .string(let text): [(key, text)]
        case .size(let size): [(key, size.text)]
        case .bool(let flag): [(key, flag.text)]
        case .unsigned(let value): [(key, String(value))]
        case .json(let value): Self.flatten(value, under: key)
        case .object(let members): members.flatMap { $0.value.flattened(under: key + "." + $0.key) }
        case .list(let elements): elements.enumerated().flatMap { $1.flattened(under: key + "." + String($0)) }
        }
    }

    private static func flatten(_ value: JSONValue, under key: String) -> [(key: String, value: String)] {
        switch value {
        case .object(let members): members.flatMap { flatten($0.value, under: key + "." + $0.key) }
        case .array(let elements): elements.enumerated().flatMap { flatten($1, under: key + "." + String($0)) }
        case .null: [(key, "")]
        default: [(key, QEMUSettingsReader.text(of: value) ?? "")]
        }
    }
}
