/// Checks one value against the type QEMU converts it to (grammar spec §2.5 and §6).
enum QEMUValueCheck {
    /// A value QEMU would reject, with what to write instead.
    struct Problem: Sendable, Equatable {
        /// The rule that failed: `value.bool`, `value.integer`, `value.size`, `value.enum`, `value.number`, `value.type`.
        var rule: String
        /// Why QEMU rejects it.
        var message: String
        /// What to write instead.
        var fix: String?
    }

    /// The problem with `setting` as a value of `type` for QEMU `version`; nil when QEMU accepts it.
    static func problem(_ setting: QEMUCheckSetting, type: QEMUValueType, version: QEMUVersion) -> Problem? {
        if setting.isJSON { return jsonProblem(setting, type: type) }
        if setting.form == .shortBoolean { return nil }
        let name = setting.key
        let value = setting.value
        switch type {
        case .bool:
            guard !isBool(value) else { return nil }
            return Problem(rule: "value.bool", message: "parameter '\(name)' expects 'on' or 'off', not '\(value)'", fix: "write \(name)=on or \(name)=off")
        case .integer(let signed, let bits):
            guard integer(value, signed: signed, bits: bits) == nil else { return nil }
            return Problem(rule: "value.integer", message: "parameter '\(name)' expects \(signed ? "an" : "a non-negative") integer of \(bits) bits, not '\(value)'", fix: nil)
        case .size:
            return sizeProblem(name, value, version: version)
        case .integerOrSize:
            guard integer(value, signed: true, bits: 64) == nil else { return nil }
            return sizeProblem(name, value, version: version)
        case .number:
            guard Double(value) == nil else { return nil }
            return Problem(rule: "value.number", message: "parameter '\(name)' expects a number, not '\(value)'", fix: nil)
        case .enumeration(let values):
            guard !values.contains(value) else { return nil }
            let problem = Problem(rule: "value.enum", message: "parameter '\(name)' does not accept '\(value)'; it accepts \(values.joined(separator: ", "))", fix: nil)
            return NameSuggestion.closest(to: value, in: values).map { Problem(rule: problem.rule, message: problem.message, fix: "use '\($0)'") } ?? problem
        case .string, .link, .array, .object, .other:
            return nil
        }
    }

    /// `on|yes|true|y|off|no|false|n`, case-sensitive (`qapi_bool_parse`).
    static func isBool(_ text: String) -> Bool { (try? QEMUBool(parsing: text)) != nil }

    /// The integer QEMU reads from `text` (base 0), if it fits in a `bits`-bit signed or unsigned integer.
    static func integer(_ text: String, signed: Bool, bits: Int) -> Int64? {
        guard let parsed = try? QEMUInteger(parsing: text) else { return nil }
        if signed {
            let limit = bits == 64 ? UInt64(Int64.max) : (UInt64(1) << (bits - 1)) - 1
            guard parsed.magnitude <= limit + (parsed.isNegative ? 1 : 0) else { return nil }
            return parsed.int64Value
        }
        let limit = bits == 64 ? UInt64.max : (UInt64(1) << bits) - 1
        guard !parsed.isNegative, parsed.magnitude <= limit else { return nil }
        return Int64(truncatingIfNeeded: parsed.magnitude)
    }

    /// The byte count `qemu_strtosz` of `version` reads from `text`, nil when it rejects it.
    static func size(_ text: String, version: QEMUVersion) -> UInt64? {
        (try? QEMUSize(parsing: text, dialect: QEMUSizeDialect(major: version.major, minor: version.minor)))?.bytes
    }

    /// The byte count of `-m`'s size (MiB when it ends in a digit), nil when QEMU rejects it.
    static func memorySize(_ text: String, version: QEMUVersion) -> UInt64? {
        (try? QEMUSize(parsingMemorySize: text, dialect: QEMUSizeDialect(major: version.major, minor: version.minor)))?.bytes
    }

    private static func sizeProblem(_ name: String, _ value: String, version: QEMUVersion) -> Problem? {
        guard size(value, version: version) == nil else { return nil }
        let number = value.prefix(while: { $0.isASCIIDigitCharacter || $0 == "." })
        let suffix = value.dropFirst(number.count)
        var fix = "write a byte count with an optional one-letter suffix K, M, G, T, P or E, such as 4G"
        if !number.isEmpty, let letter = suffix.first, "bkmgtpeBKMGTPE".contains(letter), suffix.count > 1 {
            fix = "write \(name)=\(number)\(letter.uppercased()) (QEMU takes one-letter binary suffixes only)"
        } else if value.lowercased().hasPrefix("0x"), version >= QEMUVersion(8, 0) {
            fix = "QEMU 8.0 and later reject a suffix on a hex number; write the size in decimal with a suffix"
        }
        return Problem(rule: "value.size", message: "parameter '\(name)' expects a size, not '\(value)'", fix: fix)
    }

    private static func jsonProblem(_ setting: QEMUCheckSetting, type: QEMUValueType) -> Problem? {
        let expected: String
        let accepted: Bool
        switch type {
        case .bool:
            expected = "a JSON boolean"
            accepted = setting.form == .jsonBool
        case .integer, .size, .integerOrSize:
            expected = "a JSON integer"
            accepted = setting.form == .jsonNumber && Int64(setting.value) != nil || setting.form == .jsonNumber && UInt64(setting.value) != nil
        case .number:
            expected = "a JSON number"
            accepted = setting.form == .jsonNumber
        case .string, .link, .enumeration:
            expected = "a JSON string"
            accepted = setting.form == .jsonString
        case .array, .object, .other:
            return nil
        }
        guard !accepted else {
            if case .enumeration(let values) = type, !values.contains(setting.value) {
                return Problem(rule: "value.enum", message: "parameter '\(setting.key)' does not accept '\(setting.value)'; it accepts \(values.joined(separator: ", "))", fix: nil)
            }
            return nil
        }
        return Problem(rule: "value.type", message: "invalid parameter type for '\(setting.key)', expected \(expected)", fix: nil)
    }
}
