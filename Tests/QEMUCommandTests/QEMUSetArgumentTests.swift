import PropertyBased
import QEMUCommand
import Testing

@Suite struct QEMUSetArgumentTests {
    @Test func groupIdPropertyAndRawValue() throws {
        let argument = try QEMUSetArgument(parsing: "device.r0.max-bytes=1000")
        #expect(argument == QEMUSetArgument(group: "device", id: "r0", property: "max-bytes", value: "1000"))
        #expect(argument.text == "device.r0.max-bytes=1000")
        #expect(try QEMUSetArgument(parsing: "drive.d0.file.filename=x").property == "file.filename")
        #expect(try QEMUSetArgument(parsing: "device.r0.name=a,,b=c").value == "a,,b=c")
    }

    static let malformed: [(text: String, message: String, offset: Int)] = [
        ("machine..usb=on", "can't parse -set argument: empty id before '.'", 8),
        (".r0.x=1", "can't parse -set argument: empty group before '.'", 0),
        ("", "can't parse -set argument: missing group", 0),
        ("device", "can't parse -set argument: expected '.' after the group 'device'", 6),
        ("device.r0", "can't parse -set argument: expected '.' after the id 'r0'", 9),
        ("device.r0.prop", "can't parse -set argument: expected '=' after the property 'prop'", 14),
        ("device.r0.=1", "can't parse -set argument: empty property before '='", 10),
        (String(repeating: "g", count: 64) + ".r0.x=1", "can't parse -set argument: the group is longer than 63 bytes", 0),
        ("device.r0." + String(repeating: "p", count: 64) + "=1", "can't parse -set argument: the property is longer than 63 bytes", 10),
    ]

    @Test(arguments: malformed)
    func malformedArgumentsGetAPositionedError(text: String, message: String, offset: Int) {
        do {
            let argument = try QEMUSetArgument(parsing: text)
            Issue.record("'\(text)' parsed as \(argument)")
        } catch {
            #expect(error.message == message)
            #expect(error.range.start.offset == offset)
            #expect(error.ruleID == "set.cant-parse")
        }
    }

    @Test func hostileTextNeverCrashesAndPrintsBack() async {
        await propertyCheck(count: 10_000, input: HostileText.text) { text in
            do throws(Diagnostic) {
                let argument = try QEMUSetArgument(parsing: text)
                #expect(argument.text == text)
            } catch {
                #expect((0...text.utf8.count).contains(error.range.start.offset))
            }
        }
    }
}
