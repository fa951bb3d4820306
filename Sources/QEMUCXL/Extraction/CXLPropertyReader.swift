import QEMUCommand

/// Reads typed property values of one option, reporting values QEMU would not accept.
struct CXLPropertyReader {
    let subject: String
    let range: SourceRange
    var diagnostics: [Diagnostic] = []

    mutating func integer(_ key: String, _ text: String?) -> Int? {
        guard let text else { return nil }
        guard let value = Self.unsigned(text), value <= UInt64(Int.max) else {
            return invalid(key, text, "an integer")
        }
        return Int(value)
    }

    mutating func serial(_ key: String, _ text: String?) -> UInt64? {
        guard let text else { return nil }
        guard let value = Self.unsigned(text) else { return invalid(key, text, "an unsigned 64-bit integer") }
        return value
    }

    mutating func size(_ key: String, _ text: String?) -> UInt64? {
        guard let text else { return nil }
        guard let value = CXLSizeText.bytes(text) else { return invalid(key, text, "a size such as 256M") }
        return value
    }

    mutating func bool(_ key: String, _ text: String?) -> Bool? {
        guard let text else { return nil }
        switch text {
        case "on", "yes", "true", "y": return true
        case "off", "no", "false", "n": return false
        default: return invalid(key, text, "on or off")
        }
    }

    private mutating func invalid<Value>(_ key: String, _ text: String, _ expected: String) -> Value? {
        diagnostics.append(Diagnostic(
            .error, "\(subject): \(key)='\(text)' is not \(expected)", at: range, rule: "cxl.property-value",
            fix: "write \(key) as \(expected)"))
        return nil
    }

    /// Decimal, `0x` hexadecimal or `0` octal, as QEMU's integer properties read them.
    static func unsigned(_ text: String) -> UInt64? {
        if text.hasPrefix("0x") || text.hasPrefix("0X") { return UInt64(text.dropFirst(2), radix: 16) }
        if text.count > 1, text.hasPrefix("0") { return UInt64(text.dropFirst(), radix: 8) }
        return UInt64(text)
    }
}
