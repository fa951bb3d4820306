/// How C's `strtoull`/`strtoll` read the integer at the start of a text (glibc rules).
///
/// Leading whitespace (`isspace`) and one `+` or `-` are skipped. With base 0 a `0x`/`0X` that is
/// followed by a hex digit selects hexadecimal, a leading `0` octal, anything else decimal. The
/// scan stops at the first byte that is not a digit of the base; when no digit was read, `end` is
/// the start of the text, as `strtoull` leaves `endptr` at `nptr`.
struct CIntegerScan {
    /// Whether a `-` sign was read.
    var isNegative = false
    /// Whether the sign was written (`+` or `-`).
    var hasSign = false
    /// The magnitude, saturated at `UInt64.max` on overflow.
    var magnitude: UInt64 = 0
    /// Whether the digits exceed `UInt64.max` (`ERANGE`).
    var overflows = false
    /// The base that was used: 8, 10 or 16.
    var base = 10
    /// Offset of the sign, or of the first digit (or `0x`) when there is no sign.
    var numberStart = 0
    /// Offset of the first digit of the base (after any `0x`).
    var digitsStart = 0
    /// Offset just past the last digit, or the scan's start when no digit was read.
    var end = 0

    /// Whether any digit was read.
    var hasDigits: Bool { end > digitsStart }

    /// Scans `bytes[start...]` like `strtoull(…, base)` with base 0, 10 or 16.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, base requestedBase: Int) {
        var index = start
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        numberStart = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            isNegative = bytes[index] == UInt8(ascii: "-")
            hasSign = true
            index += 1
        }
        base = requestedBase == 0 ? 10 : requestedBase
        let hasHexPrefix = index + 2 < bytes.count && bytes[index] == UInt8(ascii: "0")
            && (bytes[index + 1] | 0x20) == UInt8(ascii: "x") && Self.digitValue(bytes[index + 2]) < 16
        if requestedBase == 0 || requestedBase == 16, hasHexPrefix {
            base = 16
            index += 2
        } else if requestedBase == 0, index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            base = 8
        }
        digitsStart = index
        while index < bytes.count, Self.digitValue(bytes[index]) < base {
            let (product, productOverflow) = magnitude.multipliedReportingOverflow(by: UInt64(base))
            let (sum, sumOverflow) = product.addingReportingOverflow(UInt64(Self.digitValue(bytes[index])))
            if productOverflow || sumOverflow { overflows = true }
            magnitude = overflows ? .max : sum
            index += 1
        }
        end = index > digitsStart ? index : start
    }

    /// C's `isspace` in the C locale.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The value of a digit in bases up to 36 (letters either case); 99 for anything else.
    static func digitValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 10
        default: 99
        }
    }
}
