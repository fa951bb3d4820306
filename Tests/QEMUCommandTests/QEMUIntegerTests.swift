import PropertyBased
import QEMUCommand
import Testing

@Suite struct QEMUIntegerTests {
    @Test func baseZeroReadsDecimalHexAndOctal() throws {
        #expect(try QEMUInteger(parsing: "010").uint64Value == 8)
        #expect(try QEMUInteger(parsing: "010").radix == .octal)
        #expect(try QEMUInteger(parsing: "0x1f").uint64Value == 31)
        #expect(try QEMUInteger(parsing: "0X1F").text == "0x1f")
        #expect(try QEMUInteger(parsing: "42").uint64Value == 42)
        #expect(try QEMUInteger(parsing: "0").uint64Value == 0)
        #expect(try QEMUInteger(parsing: "+7").text == "7")
        #expect(try QEMUInteger(parsing: "18446744073709551615").uint64Value == .max)
    }

    @Test func negativeNumbersWrapLikeStrtoull() throws {
        let value = try QEMUInteger(parsing: " -5")
        #expect(value.uint64Value == UInt64.max - 4)
        #expect(value.int64Value == -5)
        #expect(value.text == "-5")
        #expect(try QEMUInteger(parsing: "-9223372036854775808").int64Value == .min)
        #expect(try QEMUInteger(parsing: "-9223372036854775809").int64Value == nil)
        #expect(try QEMUInteger(parsing: "9223372036854775808").int64Value == nil)
    }

    static let rejected: [(text: String, message: String, offset: Int)] = [
        ("", "empty integer", 0),
        ("08", "'8' is not an octal digit: a leading 0 makes QEMU read the number as octal", 1),
        ("0x", "unexpected 'x' after the integer", 1),
        ("1k", "unexpected 'k' after the integer: integers take no size suffix", 1),
        ("18446744073709551616", "'18446744073709551616' is out of range for a 64-bit integer", 0),
        ("abc", "'a' is not a digit", 0),
        ("-", "expected digits after '-'", 1),
        ("5 ", "unexpected ' ' after the integer", 1),
    ]

    @Test(arguments: rejected)
    func badIntegersGetAPositionedError(text: String, message: String, offset: Int) {
        do {
            let value = try QEMUInteger(parsing: text)
            Issue.record("'\(text)' parsed as \(value.text)")
        } catch {
            #expect(error.message == message)
            #expect(error.range.start.offset == offset)
            #expect(error.fix?.isEmpty == false)
        }
    }

    @Test func optsVisitorRangesExpand() throws {
        #expect(try QEMUIntegerRange(parsing: "0-3").values == [0, 1, 2, 3])
        #expect(try QEMUIntegerRange(parsing: "0-0").values == [0])
        #expect(try QEMUIntegerRange(parsing: "3").values == [3])
        #expect(try QEMUIntegerRange(parsing: "0x10-0x11").text == "0x10-0x11")
        #expect(try QEMUIntegerRange(parsing: "0-65535").count == 65536)
    }

    static let badRanges: [(text: String, message: String, offset: Int)] = [
        ("3-1", "the range '3-1' ends before it starts", 2),
        ("0-65536", "the range '0-65536' has more than 65536 values", 0),
        ("1-2-3", "unexpected '-' after the range", 3),
        ("1x", "unexpected 'x' in an integer or range", 1),
    ]

    @Test(arguments: badRanges)
    func badRangesGetAPositionedError(text: String, message: String, offset: Int) {
        #expect(throws: Diagnostic.self) { try QEMUIntegerRange(parsing: text) }
        do {
            _ = try QEMUIntegerRange(parsing: text)
        } catch {
            #expect(error.message == message)
            #expect(error.range.start.offset == offset)
        }
    }

    static let integers = Generator<QEMUInteger, Shrink.None<QEMUInteger>>(run: { rng in
        let radix = QEMUIntegerRadix.allCases[Int.random(in: 0...2, using: &rng)]
        let magnitude = UInt64.random(in: 0...UInt64.max, using: &rng) >> UInt64(Int.random(in: 0...63, using: &rng))
        return QEMUInteger(magnitude: magnitude, isNegative: Bool.random(using: &rng), radix: radix)
    })

    @Test func randomIntegersSurvivePrintingAndParsing() async {
        await propertyCheck(count: 10_000, input: Self.integers) { value in
            let parsed = try QEMUInteger(parsing: value.text)
            #expect(parsed.uint64Value == value.uint64Value)
            #expect(parsed.text == value.text)
        }
    }

    @Test func hostileTextNeverCrashesAndErrorsPointInsideTheArgument() async {
        await propertyCheck(count: 10_000, input: HostileText.text) { text in
            do throws(Diagnostic) {
                let value = try QEMUInteger(parsing: text)
                let reparsed = try QEMUInteger(parsing: value.text)
                #expect(reparsed.uint64Value == value.uint64Value)
            } catch {
                #expect((0...text.utf8.count).contains(error.range.start.offset))
            }
            do throws(Diagnostic) {
                let range = try QEMUIntegerRange(parsing: text)
                let reparsed = try QEMUIntegerRange(parsing: range.text)
                #expect(reparsed.values == range.values)
            } catch {
                #expect((0...text.utf8.count).contains(error.range.start.offset))
            }
        }
    }
}
