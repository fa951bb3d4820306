/// The one place where QEMU's `,,` value escaping is written and read.
///
/// QemuOpts and keyval values run to the first single `,`; a doubled `,,` stands for a literal
/// comma (`get_opt_value()` in util/qemu-option.c, the value loop of `keyval_parse_one()` in
/// util/keyval.c).
public enum CommaEscaping {
    /// Doubles every comma: `a,b` → `a,,b`.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: ",")) else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count + 4)
        for character in value.unicodeScalars {
            result.unicodeScalars.append(character)
            if character == "," { result.unicodeScalars.append(",") }
        }
        return result
    }

    /// Reads an escaped value from `bytes[start...]` up to the first single comma or the end.
    ///
    /// - Returns: the unescaped value and the offset of the terminating comma (or `bytes.count`).
    static func readValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: String, end: Int) {
        var index = start
        var hasEscape = false
        while index < bytes.count {
            if bytes[index] == comma {
                if index + 1 < bytes.count, bytes[index + 1] == comma {
                    hasEscape = true
                    index += 2
                    continue
                }
                break
            }
            index += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard hasEscape else { return (String(decoding: raw, as: UTF8.self), index) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var position = 0
        while position < raw.count {
            unescaped.append(raw[position])
            position += raw[position] == comma ? 2 : 1
        }
        return (String(decoding: unescaped, as: UTF8.self), index)
    }

    /// An upper bound on the number of comma-separated elements in `bytes`, for reserving arrays.
    static func maximumElementCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1
        for byte in bytes where byte == comma { count += 1 }
        return count
    }

    static let comma = UInt8(ascii: ",")
}
