import QEMUCommand

/// Round trips of the value types: a parsed value printed and parsed again is the same value.
enum ValueChecks {
    /// Sizes in every dialect, both as plain sizes and as `-m` sizes.
    static func checkSize(_ text: String) {
        for dialect in QEMUSizeDialect.allCases {
            do {
                let size = try QEMUSize(parsing: text, dialect: dialect)
                let reparsed = try QEMUSize(parsing: size.text, dialect: dialect)
                require(reparsed == size, "size \(size.text) re-parses as \(reparsed.bytes) bytes", input: text)
                let memory = try QEMUSize(parsingMemorySize: size.memoryText, dialect: dialect)
                require(memory == size, "-m size \(size.memoryText) re-parses as \(memory.bytes) bytes", input: text)
            } catch {
                RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
            }
        }
    }

    /// Integers keep their value and sign through their canonical spelling.
    static func checkInteger(_ text: String) {
        do {
            let integer = try QEMUInteger(parsing: text)
            let reparsed = try QEMUInteger(parsing: integer.text)
            require(
                reparsed.uint64Value == integer.uint64Value && reparsed.int64Value == integer.int64Value,
                "integer \(integer.text) re-parses to another value", input: text)
        } catch {
            RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
        }
    }

    /// Booleans keep their value through `on`/`off`.
    static func checkBool(_ text: String) {
        do {
            let value = try QEMUBool(parsing: text)
            require(try QEMUBool(parsing: value.text) == value, "bool \(value.text) re-parses differently", input: text)
        } catch {
            RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
        }
    }
}
