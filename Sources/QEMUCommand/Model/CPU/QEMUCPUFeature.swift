/// One comma-separated feature of a `-cpu` argument.
public enum QEMUCPUFeature: Hashable, Sendable, Codable {
    /// `+avx`: turn a feature on (legacy x86 form).
    case enable(String)
    /// `-x2apic`: turn a feature off (legacy x86 form).
    case disable(String)
    /// `pmu=off`, `sve-max-vq=4`: set a property.
    case set(String, String)
    /// `vmx`: a bare feature name, which turns it on.
    case flag(String)

    /// Reads one feature as written.
    public init(parsing text: String) {
        if text.hasPrefix("+") {
            self = .enable(String(text.dropFirst()))
        } else if text.hasPrefix("-") {
            self = .disable(String(text.dropFirst()))
        } else if let equals = text.firstIndex(of: "=") {
            self = .set(String(text[..<equals]), String(text[text.index(after: equals)...]))
        } else {
            self = .flag(text)
        }
    }

    /// The feature as written in a `-cpu` argument.
    public var text: String {
        switch self {
        case .enable(let name): "+" + name
        case .disable(let name): "-" + name
        case .set(let name, let value): name + "=" + value
        case .flag(let name): name
        }
    }

    /// Decodes the feature from its text.
    public init(from decoder: any Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the feature as its text (`+avx`, `pmu=off`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
