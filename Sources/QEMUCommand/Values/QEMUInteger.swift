/// An integer as QEMU reads it from text: `qemu_strtou64()`/`qemu_strtoi64()` with base 0.
///
/// That is C's `strtoull`: optional leading whitespace and sign, then decimal, `0x` hexadecimal or
/// leading-`0` octal (`slots=010` is 8). QemuOpts numbers, keyval integers and qdev integer
/// properties all read integers this way; no size suffix is allowed. ``text`` prints the canonical
/// spelling in the same base (leading whitespace and a `+` sign are not kept).
public struct QEMUInteger: Hashable, Sendable, Codable {
    /// The absolute value.
    public var magnitude: UInt64
    /// Whether a `-` sign was written.
    public var isNegative: Bool
    /// The base it is written in.
    public var radix: QEMUIntegerRadix

    /// An integer from its parts.
    public init(magnitude: UInt64, isNegative: Bool = false, radix: QEMUIntegerRadix = .decimal) {
        self.magnitude = magnitude
        self.isNegative = isNegative && magnitude != 0
        self.radix = radix
    }

    /// A signed integer.
    public init(_ value: Int64, radix: QEMUIntegerRadix = .decimal) {
        self.init(magnitude: value.magnitude, isNegative: value < 0, radix: radix)
    }

    /// Parses `text` as `qemu_strtou64(text, NULL, 0, …)` does, reporting the first problem.
    public init(parsing text: String) throws(Diagnostic) {
        var text = text
        let result: Result<QEMUInteger, Diagnostic> = text.withUTF8 { bytes in
            do throws(Diagnostic) {
                let (value, end) = try Self.scan(bytes, from: 0)
                if end < bytes.count { throw Self.trailing(bytes, at: end, radix: value.radix) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    /// Reads one integer at `start`; returns it and the offset just past its digits.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(Diagnostic) -> (QEMUInteger, Int) {
        let scan = CIntegerScan(bytes, from: start, base: 0)
        guard scan.hasDigits else {
            if scan.digitsStart >= bytes.count {
                throw .argumentError(
                    start == bytes.count ? "empty integer" : "expected digits after '\(string(bytes, start, bytes.count))'",
                    at: scan.digitsStart, rule: "value.integer-missing",
                    fix: "write a number such as 42, 0x2a (hexadecimal) or 052 (octal)")
            }
            throw .argumentError(
                "'\(string(bytes, scan.digitsStart, scan.digitsStart + 1))' is not a digit", at: scan.digitsStart,
                rule: "value.integer-invalid", fix: "write a number such as 42, 0x2a (hexadecimal) or 052 (octal)")
        }
        if scan.overflows {
            throw .argumentError(
                "'\(string(bytes, start, scan.end))' is out of range for a 64-bit integer", at: scan.numberStart,
                rule: "value.integer-range", fix: "use a value below 2^64 (18446744073709551616)")
        }
        let radix: QEMUIntegerRadix = switch scan.base {
        case 16: .hexadecimal
        case 8: .octal
        default: .decimal
        }
        return (QEMUInteger(magnitude: scan.magnitude, isNegative: scan.isNegative, radix: radix), scan.end)
    }

    private static func trailing(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, radix: QEMUIntegerRadix) -> Diagnostic {
        let byte = bytes[offset]
        let character = string(bytes, offset, offset + 1)
        if radix == .octal, byte == UInt8(ascii: "8") || byte == UInt8(ascii: "9") {
            return .argumentError(
                "'\(character)' is not an octal digit: a leading 0 makes QEMU read the number as octal", at: offset,
                rule: "value.integer-octal", fix: "remove the leading zeros to write a decimal number")
        }
        if "kKmMgGtTpPeE".utf8.contains(byte) {
            return .argumentError(
                "unexpected '\(character)' after the integer: integers take no size suffix", at: offset,
                rule: "value.integer-suffix", fix: "write the number in full, e.g. 1048576 or 0x100000 instead of 1M")
        }
        return .argumentError(
            "unexpected '\(character)' after the integer", at: offset, rule: "value.integer-trailing",
            fix: "remove everything after the number")
    }

    /// The value `qemu_strtou64` stores: negative numbers wrap around modulo 2^64.
    public var uint64Value: UInt64 { isNegative ? 0 &- magnitude : magnitude }

    /// The value `qemu_strtoi64` stores, or `nil` when it is outside the signed 64-bit range.
    public var int64Value: Int64? {
        if isNegative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The canonical spelling: `-` when negative, then `0x…`, `0…` or decimal digits.
    public var text: String {
        let digits: String = switch radix {
        case .decimal: String(magnitude)
        case .hexadecimal: "0x" + String(magnitude, radix: 16)
        case .octal: magnitude == 0 ? "0" : "0" + String(magnitude, radix: 8)
        }
        return (isNegative ? "-" : "") + digits
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
