/// One comma-separated token after the model in `-cpu model,+f,-f,f,f=v`, as written.
public enum QEMUCPUFeature: Hashable, Sendable, Codable {
    /// `+avx2`: the legacy way to turn a feature on.
    case plus(String)
    /// `-avx2`: the legacy way to turn a feature off.
    case minus(String)
    /// `avx2`: a bare feature name, which means `avx2=on` (no deprecation warning).
    case flag(String)
    /// `model-id=Foo`: a property and its value (everything after the first `=`, raw).
    case setting(name: String, value: String)
    /// An empty token (from `,,` or a trailing `,`), which `strtok` skips.
    case empty

    /// Reads one token.
    init(token: Substring.UTF8View) {
        if token.isEmpty {
            self = .empty
        } else if let equals = token.firstIndex(of: UInt8(ascii: "=")) {
            self = .setting(
                name: String(decoding: token[..<equals], as: UTF8.self),
                value: String(decoding: token[token.index(after: equals)...], as: UTF8.self))
        } else if token.first == UInt8(ascii: "+") {
            self = .plus(String(decoding: token.dropFirst(), as: UTF8.self))
        } else if token.first == UInt8(ascii: "-") {
            self = .minus(String(decoding: token.dropFirst(), as: UTF8.self))
        } else {
            self = .flag(String(decoding: token, as: UTF8.self))
        }
    }

    /// The token as written.
    public var text: String {
        switch self {
        case .plus(let name): "+" + name
        case .minus(let name): "-" + name
        case .flag(let name): name
        case .setting(let name, let value): name + "=" + value
        case .empty: ""
        }
    }

    /// The property and value QEMU sets: `+f` and bare `f` mean `on`, `-f` means `off`; `nil` for an empty token.
    ///
    /// The name is as written; QEMU turns `_` into `-` (see ``QEMUCPUArgument/propertyName(_:)``).
    public var setting: (name: String, value: String)? {
        switch self {
        case .plus(let name), .flag(let name): (name, "on")
        case .minus(let name): (name, "off")
        case .setting(let name, let value): (name, value)
        case .empty: nil
        }
    }
}
