/// A size in bytes as QEMU reads it from text (`qemu_strtosz()`): `4G`, `1.5M`, `512`, `0x200000`.
///
/// The grammar is a decimal integer, an optional `.fraction`, and an optional single suffix letter,
/// 1024-based and case-insensitive: `B`, `K`, `M`, `G`, `T`, `P`, `E`. A fraction needs a suffix
/// larger than `B`; hexadecimal takes no fraction and (from 8.0) no suffix; the result is exact
/// (64.64 fixed point, half rounded up) and must fit in 64 bits. ``text`` prints the shortest exact
/// whole-unit form (`4G`, `1536M`, `1000`).
public struct QEMUSize: Hashable, Sendable, Codable, Comparable {
    /// The size in bytes.
    public var bytes: UInt64

    /// A size of `bytes` bytes.
    public init(bytes: UInt64) {
        self.bytes = bytes
    }

    /// Parses a size; deprecation warnings (a suffix on a hex number in 7.2) are dropped.
    public init(parsing text: String, dialect: QEMUSizeDialect = .qemu7_2) throws(Diagnostic) {
        var warnings: [Diagnostic] = []
        try self.init(parsing: text, dialect: dialect, warnings: &warnings)
    }

    /// Parses a size, appending deprecation warnings to `warnings`.
    public init(parsing text: String, dialect: QEMUSizeDialect = .qemu7_2, warnings: inout [Diagnostic]) throws(Diagnostic) {
        bytes = try Self.parse(text, dialect: dialect, defaultMultiplier: 1, warnings: &warnings)
    }

    /// Parses the size of `-m`: QEMU appends `M` when the text ends in a digit, so a size without
    /// suffix is in MiB (`-m 256` is 256 MiB, `-m 0x100` becomes `0x100M`).
    public init(parsingMemorySize text: String, dialect: QEMUSizeDialect = .qemu7_2) throws(Diagnostic) {
        var warnings: [Diagnostic] = []
        try self.init(parsingMemorySize: text, dialect: dialect, warnings: &warnings)
    }

    /// Parses the size of `-m`, appending deprecation warnings to `warnings`.
    public init(parsingMemorySize text: String, dialect: QEMUSizeDialect = .qemu7_2, warnings: inout [Diagnostic]) throws(Diagnostic) {
        let endsInDigit = text.utf8.last.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false
        bytes = try Self.parse(text, dialect: dialect, defaultMultiplier: endsInDigit ? 1 << 20 : 1, warnings: &warnings)
    }

    private static func parse(
        _ text: String, dialect: QEMUSizeDialect, defaultMultiplier: UInt64, warnings: inout [Diagnostic]
    ) throws(Diagnostic) -> UInt64 {
        var text = text
        let result: Result<(UInt64, Diagnostic?), Diagnostic> = text.withUTF8 { bytes in
            var parser = QEMUSizeParser(bytes: bytes, dialect: dialect, defaultMultiplier: defaultMultiplier)
            do throws(Diagnostic) {
                let value = try parser.parse()
                return .success((value, parser.warning))
            } catch {
                return .failure(error)
            }
        }
        let (value, warning) = try result.get()
        if let warning { warnings.append(warning) }
        return value
    }

    /// The 1024-based suffixes from largest to smallest, with their multipliers.
    static let units: [(suffix: String, multiplier: UInt64)] = [
        ("E", 1 << 60), ("P", 1 << 50), ("T", 1 << 40), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10),
    ]

    /// The shortest exact form: the largest suffix that divides the size, or plain bytes.
    public var text: String {
        if bytes != 0, let unit = Self.units.first(where: { bytes % $0.multiplier == 0 }) {
            return String(bytes / unit.multiplier) + unit.suffix
        }
        return String(bytes)
    }

    /// The form to give `-m`: ``text``, with a `B` added when it would otherwise end in a digit
    /// (which `-m` would read as MiB).
    public var memoryText: String {
        let text = text
        return text.utf8.last.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true ? text + "B" : text
    }

    /// Orders sizes by bytes.
    public static func < (lhs: QEMUSize, rhs: QEMUSize) -> Bool { lhs.bytes < rhs.bytes }

    /// Decodes a number of bytes, or a size text as QEMU writes it (`"4G"`, `"1.5M"`), so hand-written
    /// descriptions can say `size: 2G`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bytes = try? container.decode(UInt64.self) {
            self.init(bytes: bytes)
            return
        }
        let text = try container.decode(String.self)
        do throws(Diagnostic) {
            try self.init(parsing: text, dialect: .qemu7_2)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a size: \(error.message)")
        }
    }

    /// Encodes the number of bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(bytes)
    }
}
