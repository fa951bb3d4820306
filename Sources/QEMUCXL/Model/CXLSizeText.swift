/// Reads and writes QEMU sizes (`256M`, `4G`, `8k`, `1073741824`) as byte counts, with QEMU's
/// binary units (`qemu_strtosz()`): B, K, M, G, T, P, E, case-insensitive, optional fraction.
public enum CXLSizeText {
    private static let units: [(suffix: Character, shift: UInt64)] = [
        ("E", 60), ("P", 50), ("T", 40), ("G", 30), ("M", 20), ("K", 10),
    ]

    /// The shortest exact text for `bytes`: `268435456` → `256M`.
    public static func text(_ bytes: UInt64) -> String {
        guard bytes > 0 else { return "0" }
        for unit in units where bytes % (1 << unit.shift) == 0 {
            return "\(bytes >> unit.shift)\(unit.suffix)"
        }
        return String(bytes)
    }

    /// The byte count of a size text, or `nil` when QEMU would not read it as a size.
    public static func bytes(_ text: String) -> UInt64? {
        var number = Substring(text)
        var multiplier: UInt64 = 1
        if let last = number.last, last.isLetter {
            let suffix = Character(last.uppercased())
            if suffix != "B" {
                guard let unit = units.first(where: { $0.suffix == suffix }) else { return nil }
                multiplier = 1 << unit.shift
            }
            number = number.dropLast()
        }
        if number.hasPrefix("0x") || number.hasPrefix("0X") {
            guard let value = UInt64(number.dropFirst(2), radix: 16) else { return nil }
            return value.multipliedReportingOverflow(by: multiplier).overflow ? nil : value * multiplier
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value >= 0 else { return nil }
        let scaled = value * Double(multiplier)
        guard scaled < 18_446_744_073_709_551_616 else { return nil }
        return UInt64(scaled)
    }
}
