/// The byte-level reader behind ``QEMUSize``: `do_strtosz()` of util/cutils.c for each dialect.
struct QEMUSizeParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let dialect: QEMUSizeDialect
    /// 1 for `qemu_strtosz`; 1 MiB when `-m` appended an `M` to a text ending in a digit.
    let defaultMultiplier: UInt64
    /// A deprecation warning found while parsing.
    private(set) var warning: Diagnostic?

    init(bytes: UnsafeBufferPointer<UInt8>, dialect: QEMUSizeDialect, defaultMultiplier: UInt64) {
        self.bytes = bytes
        self.dialect = dialect
        self.defaultMultiplier = defaultMultiplier
    }

    private static let generalFix =
        "a size is a decimal number with an optional fraction and one suffix letter B, K, M, G, T, P or E (1024-based), such as 512M or 1.5G"

    mutating func parse() throws(Diagnostic) -> UInt64 {
        guard !bytes.isEmpty else {
            throw .argumentError("empty size", at: 0, rule: "value.size-empty", fix: Self.generalFix)
        }
        let scan = CIntegerScan(bytes, from: 0, base: 10)
        if scan.isNegative {
            throw .argumentError(
                "negative size '\(text(0, bytes.count))'", at: scan.numberStart, rule: "value.size-negative",
                fix: "sizes cannot be negative")
        }
        var value: UInt64 = 0
        var fraction: UInt64 = 0
        var fractionOffset: Int?
        var index: Int
        var isHex = false
        if scan.hasDigits {
            if scan.overflows { throw tooLarge() }
            value = scan.magnitude
            index = scan.end
            if value == 0, index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
                let hex = CIntegerScan(bytes, from: 0, base: 16)
                if hex.overflows { throw tooLarge() }
                value = hex.magnitude
                index = hex.end
                isHex = hex.base == 16 && hex.hasDigits && hex.digitsStart > scan.digitsStart
                if isHex, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                    throw .argumentError(
                        "a hexadecimal size cannot have a fraction", at: index, rule: "value.size-hex-fraction",
                        fix: "write the size in decimal with a suffix (1.5M), or as whole bytes in hex")
                }
            } else if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                fractionOffset = index
                (fraction, index) = try readFraction(at: index, value: &value)
            }
        } else {
            let dot = scan.digitsStart
            guard dot + 1 < bytes.count, bytes[dot] == UInt8(ascii: "."), Self.isDigit(bytes[dot + 1]) else {
                throw .argumentError(
                    "'\(text(0, bytes.count))' is not a size: expected a number", at: min(dot, bytes.count - 1),
                    rule: "value.size-invalid", fix: Self.generalFix)
            }
            if dialect != .qemu8_1 {
                throw .argumentError(
                    "'\(text(0, bytes.count))' needs a digit before '.' in QEMU before 8.1", at: dot,
                    rule: "value.size-fraction-integer", fix: "write 0\(text(dot, bytes.count))")
            }
            fractionOffset = dot
            (fraction, index) = try readFraction(at: dot, value: &value)
        }
        var multiplier = defaultMultiplier
        var suffixOffset: Int?
        if index < bytes.count, let explicit = Self.multiplier(of: bytes[index]) {
            multiplier = explicit
            suffixOffset = index
            index += 1
        }
        if isHex, multiplier != 1 || suffixOffset != nil {
            try hexSuffix(value: value, multiplier: multiplier, at: suffixOffset)
        }
        if multiplier == 1 {
            if fraction != 0, let fractionOffset {
                throw .argumentError(
                    "a fraction needs a suffix larger than B: '\(text(0, bytes.count))' is not a whole number of bytes",
                    at: fractionOffset, rule: "value.size-fraction-suffix", fix: "add a suffix (1.5K) or write whole bytes")
            }
        } else {
            guard let scaled = Self.scale(value, fraction: fraction, by: multiplier) else { throw tooLarge() }
            value = scaled
        }
        if index < bytes.count { throw trailing(at: index, afterSuffix: suffixOffset) }
        return value
    }

    /// Reads `.digits` at `dot`; returns the 64-bit binary fraction and the offset after it.
    private func readFraction(at dot: Int, value: inout UInt64) throws(Diagnostic) -> (UInt64, Int) {
        var end = dot + 1
        while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
        guard end > dot + 1 else { return (0, dot + 1) }
        if dialect != .qemu8_1, end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e"), hasExponentDigits(after: end) {
            throw exponent(at: end)
        }
        let decimal = Double("0" + text(dot, end)) ?? 0
        let scaled = decimal * 0x1p64
        if scaled >= 0x1p64 {
            // A fraction that rounds to 1.0: 8.1 carries it into the integer part; 7.2's
            // out-of-range conversion to uint64_t gives 0 on x86-64, so the fraction is lost.
            guard dialect == .qemu8_1 else { return (0, end) }
            guard value < .max else { throw tooLarge() }
            value += 1
            return (0, end)
        }
        var fraction = UInt64(scaled)
        if dialect == .qemu8_1, fraction == 0, decimal > 0 { fraction = 1 }
        return (fraction, end)
    }

    /// `value.fraction × multiplier`, rounded half up; `nil` past 64 bits.
    private static func scale(_ value: UInt64, fraction: UInt64, by multiplier: UInt64) -> UInt64? {
        let (high, low) = value.multipliedFullWidth(by: multiplier)
        let (fractionHigh, fractionLow) = fraction.multipliedFullWidth(by: multiplier)
        let (sum, carry) = low.addingReportingOverflow(fractionHigh)
        let (rounded, roundCarry) = sum.addingReportingOverflow(fractionLow >> 63)
        guard high == 0, !carry, !roundCarry else { return nil }
        return rounded
    }

    /// A suffix on a hex number: a warning up to 7.2, an error from 8.0.
    private mutating func hexSuffix(value: UInt64, multiplier: UInt64, at suffixOffset: Int?) throws(Diagnostic) {
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        let replacement = overflow ? "a decimal size with a suffix" : "\(QEMUSize(bytes: product).text) or 0x\(String(product, radix: 16))"
        let implied = suffixOffset == nil ? " (-m appends 'M' to a size that ends in a digit)" : ""
        let offset = suffixOffset ?? bytes.count
        if dialect == .qemu7_2 {
            warning = .argumentWarning(
                "a multiplier suffix on a hex number is deprecated\(implied)", at: offset, rule: "value.size-hex-suffix",
                fix: "write \(replacement)\(suffixOffset == nil ? "B" : "")")
        } else {
            throw .argumentError(
                "a multiplier suffix on a hex number is an error from QEMU 8.0\(implied)", at: offset,
                rule: "value.size-hex-suffix", fix: "write \(replacement)\(suffixOffset == nil ? "B" : "")")
        }
    }

    private func trailing(at offset: Int, afterSuffix suffixOffset: Int?) -> Diagnostic {
        if let suffixOffset, bytes[suffixOffset] | 0x20 == UInt8(ascii: "e"), hasExponentDigits(after: suffixOffset) {
            return exponent(at: suffixOffset)
        }
        if let suffixOffset {
            return .argumentError(
                "unexpected '\(text(offset, offset + 1))' after the suffix '\(text(suffixOffset, suffixOffset + 1))'", at: offset,
                rule: "value.size-trailing",
                fix: "sizes take one suffix letter: write \(text(0, suffixOffset + 1)) (units like MB or MiB are not accepted)")
        }
        return .argumentError(
            "unexpected '\(text(offset, offset + 1))' in size '\(text(0, bytes.count))'", at: offset,
            rule: "value.size-trailing", fix: Self.generalFix)
    }

    private func hasExponentDigits(after offset: Int) -> Bool {
        var index = offset + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        return index < bytes.count && Self.isDigit(bytes[index])
    }

    private func exponent(at offset: Int) -> Diagnostic {
        .argumentError(
            "exponents are not allowed in sizes", at: offset, rule: "value.size-exponent",
            fix: "write the size with a suffix, such as 1000K instead of 1e6K")
    }

    private func tooLarge() -> Diagnostic {
        .argumentError(
            "size '\(text(0, bytes.count))' does not fit in 64 bits", at: 0, rule: "value.size-range",
            fix: "the largest size is 18446744073709551615 bytes (just under 16E)")
    }

    /// `suffix_mul()`: the multiplier of a suffix letter, case-insensitive.
    static func multiplier(of byte: UInt8) -> UInt64? {
        switch byte | 0x20 {
        case UInt8(ascii: "b"): 1
        case UInt8(ascii: "k"): 1 << 10
        case UInt8(ascii: "m"): 1 << 20
        case UInt8(ascii: "g"): 1 << 30
        case UInt8(ascii: "t"): 1 << 40
        case UInt8(ascii: "p"): 1 << 50
        case UInt8(ascii: "e"): 1 << 60
        default: nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
