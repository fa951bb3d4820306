/// The one place where JSON string quoting is written.
///
/// The canonical form is RFC 8259's: double quotes, `\"` and `\\`, the short escapes for
/// backspace, form feed, newline, carriage return and tab, and `\u00XX` for the other control
/// characters. Everything else, non-ASCII included, is written as itself.
public enum JSONEscaping {
    /// `a"b` → `"a\"b"`.
    public static func quote(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count + 2)
        appendQuoted(value, to: &result)
        return result
    }

    /// Appends the quoted form of `value` to `output`.
    static func appendQuoted(_ value: String, to output: inout String) {
        output += "\""
        let scalars = value.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let escape = escape(for: scalar) {
                output.unicodeScalars.append(contentsOf: scalars[runStart..<index])
                output += escape
                runStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[runStart..<scalars.endIndex])
        output += "\""
    }

    private static func escape(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\u{08}": "\\b"
        case "\u{0C}": "\\f"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20: "\\u00" + hexDigits(scalar.value)
        default: nil
        }
    }

    private static func hexDigits(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
