import PropertyBased
import QEMUCommand
import Testing

@Suite struct QEMUSizeTests {
    static let accepted: [(text: String, bytes: UInt64)] = [
        ("1.5M", 1_572_864), ("1536k", 1_572_864), ("2097152b", 2_097_152), ("0x200000", 2_097_152), ("2m", 2_097_152),
        ("1.5G", 1_610_612_736), ("512", 512), ("010", 10), ("0x1b", 27), ("0X10", 16), (" 1M", 1_048_576), ("+1M", 1_048_576),
        ("1.", 1), ("1.0", 1), ("1.0b", 1), ("1.k", 1024), ("0.5K", 512), ("0.1K", 102), ("1.0005K", 1025),
        ("1.5e", 1_729_382_256_910_270_464), ("4E", 4_611_686_018_427_387_904), ("18446744073709551615", .max),
        ("15.99999999999999999E", 17_293_822_569_102_704_640),
    ]

    @Test(arguments: accepted)
    func qemuReadsTheSameNumberOfBytes(text: String, bytes: UInt64) throws {
        #expect(try QEMUSize(parsing: text).bytes == bytes)
    }

    static let rejected: [(text: String, dialect: QEMUSizeDialect, message: String, offset: Int)] = [
        ("", .qemu7_2, "empty size", 0),
        ("2MB", .qemu7_2, "unexpected 'B' after the suffix 'M'", 2),
        ("2MiB", .qemu7_2, "unexpected 'i' after the suffix 'M'", 2),
        ("1e3k", .qemu7_2, "exponents are not allowed in sizes", 1),
        ("1.5e3", .qemu7_2, "exponents are not allowed in sizes", 3),
        (".5M", .qemu7_2, "'.5M' needs a digit before '.' in QEMU before 8.1", 0),
        (".5M", .qemu8_0, "'.5M' needs a digit before '.' in QEMU before 8.1", 0),
        ("1.5", .qemu7_2, "a fraction needs a suffix larger than B: '1.5' is not a whole number of bytes", 1),
        ("1.5b", .qemu7_2, "a fraction needs a suffix larger than B: '1.5b' is not a whole number of bytes", 1),
        ("-1M", .qemu7_2, "negative size '-1M'", 0),
        ("16E", .qemu7_2, "size '16E' does not fit in 64 bits", 0),
        ("18446744073709551616", .qemu7_2, "size '18446744073709551616' does not fit in 64 bits", 0),
        ("0x", .qemu7_2, "unexpected 'x' in size '0x'", 1),
        ("0x1.5M", .qemu7_2, "a hexadecimal size cannot have a fraction", 3),
        ("0x2M", .qemu8_0, "a multiplier suffix on a hex number is an error from QEMU 8.0", 3),
        ("abc", .qemu7_2, "'abc' is not a size: expected a number", 0),
        ("1 G", .qemu7_2, "unexpected ' ' in size '1 G'", 1),
    ]

    @Test(arguments: rejected)
    func badSizesGetAPositionedError(text: String, dialect: QEMUSizeDialect, message: String, offset: Int) {
        do {
            let size = try QEMUSize(parsing: text, dialect: dialect)
            Issue.record("'\(text)' parsed as \(size.bytes)")
        } catch {
            #expect(error.message == message)
            #expect(error.range.start.offset == offset)
            #expect(error.range.start.column == offset + 1)
            #expect(error.fix?.isEmpty == false)
        }
    }

    @Test func hexWithSuffixIsADeprecationWarningUntil7_2() throws {
        var warnings: [Diagnostic] = []
        let size = try QEMUSize(parsing: "0x2M", dialect: .qemu7_2, warnings: &warnings)
        #expect(size.bytes == 2 << 20)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "a multiplier suffix on a hex number is deprecated")
        #expect(warning.range.start.offset == 3)
        #expect(warning.fix == "write 2M or 0x200000")
    }

    @Test func emptyIntegerPartIsAllowedFrom8_1() throws {
        #expect(try QEMUSize(parsing: ".5M", dialect: .qemu8_1).bytes == 512 << 10)
        #expect(try QEMUSize(parsing: "1.5e", dialect: .qemu8_1).bytes == 1_729_382_256_910_270_464)
        #expect(try QEMUSize(parsing: "1.99999999999999999K", dialect: .qemu8_1).bytes == 2048)
        #expect(throws: Diagnostic.self) { try QEMUSize(parsing: "15.99999999999999999E", dialect: .qemu8_1) }
        #expect(QEMUSizeDialect(major: 7, minor: 2) == .qemu7_2)
        #expect(QEMUSizeDialect(major: 8, minor: 0) == .qemu8_0)
        #expect(QEMUSizeDialect(major: 10, minor: 2) == .qemu8_1)
        #expect(QEMUSizeDialect(.qemu7_2) == .qemu7_2)
        #expect(QEMUSizeDialect(QEMUVersion(8, 0, 1)) == .qemu8_0)
        #expect(QEMUSizeDialect(.qemu10_2) == .qemu8_1)
    }

    @Test func memorySizeWithoutSuffixIsMiB() throws {
        #expect(try QEMUSize(parsingMemorySize: "256").bytes == 268_435_456)
        #expect(try QEMUSize(parsingMemorySize: "1.5G").bytes == 1_610_612_736)
        #expect(try QEMUSize(parsingMemorySize: "1.5").bytes == 1_572_864)
        #expect(try QEMUSize(parsingMemorySize: "1024b").bytes == 1024)
        var warnings: [Diagnostic] = []
        #expect(try QEMUSize(parsingMemorySize: "0x100", warnings: &warnings).bytes == 256 << 20)
        #expect(warnings.map(\.message) == ["a multiplier suffix on a hex number is deprecated (-m appends 'M' to a size that ends in a digit)"])
        #expect(warnings.first?.range.start.offset == 5)
        #expect(throws: Diagnostic.self) { try QEMUSize(parsingMemorySize: "0x100", dialect: .qemu8_0) }
    }

    @Test func printerWritesTheShortestExactForm() {
        #expect(QEMUSize(bytes: 4 << 30).text == "4G")
        #expect(QEMUSize(bytes: 256 << 20).text == "256M")
        #expect(QEMUSize(bytes: 1_610_612_736).text == "1536M")
        #expect(QEMUSize(bytes: 1000).text == "1000")
        #expect(QEMUSize(bytes: 0).text == "0")
        #expect(QEMUSize(bytes: 1000).memoryText == "1000B")
        #expect(QEMUSize(bytes: 256 << 20).memoryText == "256M")
    }

    static let sizes = Generator<UInt64, Shrink.None<UInt64>>(run: { rng in
        let value = UInt64.random(in: 0...UInt64.max, using: &rng) >> UInt64(Int.random(in: 0...63, using: &rng))
        return value << UInt64(Int.random(in: 0...62, using: &rng))
    })

    @Test func randomSizesSurvivePrintingAndParsing() async {
        await propertyCheck(count: 10_000, input: Self.sizes) { bytes in
            let size = QEMUSize(bytes: bytes)
            let parsed = try QEMUSize(parsing: size.text)
            let memory = try QEMUSize(parsingMemorySize: size.memoryText, dialect: .qemu8_1)
            #expect(parsed.bytes == bytes)
            #expect(memory.bytes == bytes)
        }
    }

    @Test func hostileTextNeverCrashesAndErrorsPointInsideTheArgument() async {
        await propertyCheck(count: 10_000, input: HostileText.text) { text in
            for dialect in QEMUSizeDialect.allCases {
                do throws(Diagnostic) {
                    let size = try QEMUSize(parsing: text, dialect: dialect)
                    let reparsed = try QEMUSize(parsing: size.text, dialect: dialect)
                    #expect(reparsed == size)
                } catch {
                    #expect((0...text.utf8.count).contains(error.range.start.offset))
                }
            }
        }
    }
}
