/// A property value in a command line built in code: a size, a boolean, an id, a number, a string,
/// a list or nested properties. Each prints the way QEMU reads it in the option's syntax.
public indirect enum QEMUPropertyValue: Hashable, Sendable {
    /// A string, written verbatim (escaping is the syntax tree's job).
    case string(String)
    /// A whole number.
    case integer(Int64)
    /// A size: `4G` in QemuOpts and keyval, a byte count in JSON.
    case size(QEMUSize)
    /// A boolean: `on`/`off`, or JSON `true`/`false`.
    case bool(QEMUBool)
    /// An identifier of another object, device, netdev or chardev.
    case id(QEMUID)
    /// A list: repeated keys in QemuOpts (`hostfwd=…,hostfwd=…`), `key.0=…` in keyval, an array in JSON.
    case list([QEMUPropertyValue])
    /// Nested properties: dotted keys (`file.driver=…`), an object in JSON.
    case properties(QEMUProperties)

    /// The text QemuOpts and keyval take for a scalar; `nil` for lists and nested properties.
    var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .size(let size): size.text
        case .bool(let flag): flag.text
        case .id(let id): id.rawValue
        case .list, .properties: nil
        }
    }

    /// The JSON value QEMU's JSON parser reads for this value.
    var jsonValue: JSONValue {
        switch self {
        case .string(let text): .string(text)
        case .integer(let value): .number(JSONNumber(value))
        case .size(let size): .number(JSONNumber(size.bytes))
        case .bool(let flag): .bool(flag.value)
        case .id(let id): .string(id.rawValue)
        case .list(let elements): .array(elements.map(\.jsonValue))
        case .properties(let properties): .object(properties.entries.map { ($0.key, $0.value.jsonValue) })
        }
    }
}

extension QEMUPropertyValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    /// `"virtio-net-pci"`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `8`.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// `true` prints `on`.
    public init(booleanLiteral value: Bool) { self = .bool(QEMUBool(value)) }
    /// `["tcp::2222-:22", "tcp::8080-:80"]`.
    public init(arrayLiteral elements: QEMUPropertyValue...) { self = .list(elements) }
}

extension QEMUSize {
    /// `n` KiB.
    public static func kibibytes(_ n: UInt64) -> QEMUSize { QEMUSize(bytes: n << 10) }
    /// `n` MiB.
    public static func mebibytes(_ n: UInt64) -> QEMUSize { QEMUSize(bytes: n << 20) }
    /// `n` GiB.
    public static func gibibytes(_ n: UInt64) -> QEMUSize { QEMUSize(bytes: n << 30) }
    /// `n` TiB.
    public static func tebibytes(_ n: UInt64) -> QEMUSize { QEMUSize(bytes: n << 40) }
}
