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
        guard let value = try? QEMUSize(parsing: text) else { return invalid(key, text, "a size such as 256M") }
        return value.bytes
    }

    /// The size of `-m`, where a bare number means MiB.
    mutating func memorySize(_ key: String, _ text: String?) -> UInt64? {
        guard let text else { return nil }
        guard let value = try? QEMUSize(parsingMemorySize: text) else { return invalid(key, text, "a size such as 4G") }
        return value.bytes
    }

    mutating func bool(_ key: String, _ text: String?) -> Bool? {
        guard let text else { return nil }
        guard let value = try? QEMUBool(parsing: text) else { return invalid(key, text, "on or off") }
        return value.value
    }

    private mutating func invalid<Value>(_ key: String, _ text: String, _ expected: String) -> Value? {
        diagnostics.append(Diagnostic(
            .error, "\(subject): \(key)='\(text)' is not \(expected)", at: range, rule: "cxl.property-value",
            fix: "write \(key) as \(expected)"))
        return nil
    }

    /// A non-negative integer as QEMU's integer properties read it (decimal, `0x` hexadecimal, `0` octal).
    static func unsigned(_ text: String) -> UInt64? {
        guard let value = try? QEMUInteger(parsing: text), !value.isNegative else { return nil }
        return value.magnitude
    }
}
