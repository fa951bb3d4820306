import PropertyBased
import QEMUCommand
import Testing

@Suite struct QEMUGlobalArgumentTests {
    @Test func shorthandValueIsRaw() {
        #expect(QEMUGlobalArgument(parsing: "virtio-rng-pci.max-bytes=4096") == .shorthand(driver: "virtio-rng-pci", property: "max-bytes", value: "4096"))
        #expect(QEMUGlobalArgument(parsing: "virtconsole.name=a,b").value == "a,b")
        #expect(QEMUGlobalArgument(parsing: "virtconsole.name=a,,b").value == "a,,b")
        #expect(QEMUGlobalArgument(parsing: "drv.a.b=c=d") == .shorthand(driver: "drv", property: "a.b", value: "c=d"))
        #expect(QEMUGlobalArgument(parsing: "ICH9-LPC.disable_s3=1").text == "ICH9-LPC.disable_s3=1")
    }

    @Test func longFormIsQemuOpts() {
        let argument = QEMUGlobalArgument(parsing: "driver=virtio-rng-pci,property=max-bytes,value=2048")
        guard case .long(let options) = argument else { Issue.record("not the long form"); return }
        #expect(options.impliedKey == nil)
        #expect(argument.driver == "virtio-rng-pci")
        #expect(argument.property == "max-bytes")
        #expect(argument.value == "2048")
        #expect(argument.text == "driver=virtio-rng-pci,property=max-bytes,value=2048")
        #expect(QEMUGlobalArgument(parsing: "driver=d,property=p,value=a,,b").value == "a,b")
    }

    static let longForms = [
        "a=b.c=d", ".prop=v", "drv.=v", "drv.prop", String(repeating: "d", count: 64) + ".p=v",
        "d." + String(repeating: "p", count: 64) + "=v",
    ]

    @Test(arguments: longForms)
    func textOutsideTheShorthandPatternIsTheLongForm(text: String) {
        let argument = QEMUGlobalArgument(parsing: text)
        guard case .long = argument else { Issue.record("\(text) read as shorthand"); return }
        #expect(argument.text == text)
    }

    @Test func namesOf63BytesStillMakeAShorthand() {
        let driver = String(repeating: "d", count: 63)
        #expect(QEMUGlobalArgument(parsing: driver + ".p=v").driver == driver)
    }

    @Test func libvirtGlobalArgumentsRoundTrip() throws {
        let arguments = try LibvirtArguments.arguments(of: ["-global"])
        #expect(!arguments.isEmpty)
        for argument in arguments {
            let parsed = QEMUGlobalArgument(parsing: argument)
            #expect(parsed.text == argument)
            #expect(parsed.driver != nil && parsed.property != nil && parsed.value != nil, "\(argument)")
        }
    }

    @Test func hostileTextPrintsBack() async {
        await propertyCheck(count: 10_000, input: HostileText.text) { text in
            let argument = QEMUGlobalArgument(parsing: text)
            #expect(argument.text == text)
            #expect(QEMUGlobalArgument(parsing: argument.text) == argument)
        }
    }
}
