import QEMUCommand
import Testing

@Suite struct QEMUBoolTests {
    @Test(arguments: ["on", "yes", "true", "y"])
    func trueSpellings(text: String) throws {
        #expect(try QEMUBool(parsing: text).value == true)
        #expect(try QEMUBool(parsing: text).text == "on")
    }

    @Test(arguments: ["off", "no", "false", "n"])
    func falseSpellings(text: String) throws {
        #expect(try QEMUBool(parsing: text).value == false)
        #expect(try QEMUBool(parsing: text).text == "off")
    }

    static let rejected: [(text: String, message: String, fix: String)] = [
        ("ON", "'ON' is not a boolean: QEMU booleans are case-sensitive", "write 'on'"),
        ("1", "'1' is not a boolean: QEMU expects 'on' or 'off'", "write 'on' or 'off' (QEMU also reads yes/no, true/false and y/n)"),
        ("", "empty boolean: QEMU expects 'on' or 'off'", "write 'on' or 'off' (QEMU also reads yes/no, true/false and y/n)"),
    ]

    @Test(arguments: rejected)
    func otherSpellingsAreRejected(text: String, message: String, fix: String) {
        do {
            _ = try QEMUBool(parsing: text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.message == message)
            #expect(error.fix == fix)
            #expect(error.range.start.offset == 0)
        }
    }
}
