/// The type of a property or parameter value, as QEMU names it in a capability profile.
///
/// Profiles store it as its QEMU spelling: `bool`, `uint8`, `size`, `str`, `link<memory-backend>`,
/// `enum:on,off,auto`, `array`, `object`, or any other QOM type name such as `LostTickPolicy`.
public enum QEMUValueType: Hashable, Sendable {
    /// `bool` / `boolean`: `on`, `off`, `true`, `false`, `yes`, `no`.
    case bool
    /// A signed (`int8` … `int64`, `int`) or unsigned (`uint8` … `uint64`) integer of `bits` bits.
    case integer(signed: Bool, bits: Int)
    /// `size`: a byte count with an optional suffix (`4G`).
    case size
    /// `int|size`: an integer member of the QMP schema, whose introspection does not say whether it
    /// is a size; an integer or a size is accepted.
    case integerOrSize
    /// `number`: a floating-point number.
    case number
    /// `str` / `string`: any text.
    case string
    /// `link<TYPE>`: the id of an object of a QOM type.
    case link(String)
    /// An enumeration with its allowed values.
    case enumeration([String])
    /// A list of values (QAPI array).
    case array
    /// A nested structure (QAPI object).
    case object
    /// Any other type, kept by name; values of it are not checked.
    case other(String)

    /// Reads the profile spelling of a type.
    public init(spelling: String) {
        switch spelling {
        case "bool", "boolean": self = .bool
        case "size": self = .size
        case "int|size": self = .integerOrSize
        case "number": self = .number
        case "str", "string": self = .string
        case "int": self = .integer(signed: true, bits: 64)
        case "array": self = .array
        case "object": self = .object
        case "OnOffAuto": self = .enumeration(["on", "off", "auto"])
        case "OnOffSplit": self = .enumeration(["on", "off", "split"])
        default: self = QEMUValueType.parseCompound(spelling)
        }
    }

    private static func parseCompound(_ spelling: String) -> QEMUValueType {
        if spelling.hasPrefix("enum:") {
            return .enumeration(spelling.dropFirst(5).split(separator: ",").map(String.init))
        }
        if spelling.hasPrefix("link<"), spelling.hasSuffix(">") {
            return .link(String(spelling.dropFirst(5).dropLast()))
        }
        for (prefix, signed) in [("uint", false), ("int", true)] where spelling.hasPrefix(prefix) {
            if let bits = Int(spelling.dropFirst(prefix.count)), [8, 16, 32, 64].contains(bits) {
                return .integer(signed: signed, bits: bits)
            }
        }
        return .other(spelling)
    }

    /// The profile spelling of this type.
    public var spelling: String {
        switch self {
        case .bool: "bool"
        case .integer(let signed, let bits): "\(signed ? "int" : "uint")\(bits)"
        case .size: "size"
        case .integerOrSize: "int|size"
        case .number: "number"
        case .string: "str"
        case .link(let type): "link<\(type)>"
        case .enumeration(let values): "enum:" + values.joined(separator: ",")
        case .array: "array"
        case .object: "object"
        case .other(let name): name
        }
    }
}

extension QEMUValueType: Codable {
    /// Reads the spelling form.
    public init(from decoder: any Decoder) throws {
        self.init(spelling: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the spelling form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(spelling)
    }
}
