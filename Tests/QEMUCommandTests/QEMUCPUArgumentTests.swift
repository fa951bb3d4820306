import PropertyBased
import QEMUCommand
import Testing

@Suite struct QEMUCPUArgumentTests {
    @Test func doubledCommaIsNotAnEscape() {
        let argument = QEMUCPUArgument(parsing: "qemu64,model-id=a,,b")
        #expect(argument.model == "qemu64")
        #expect(argument.features == [.setting(name: "model-id", value: "a"), .empty, .flag("b")])
        #expect(argument.settings.map(\.name) == ["model-id", "b"])
        #expect(argument.settings.map(\.value) == ["a", "on"])
        #expect(argument.text == "qemu64,model-id=a,,b")
    }

    @Test func everyFeatureFormIsKeptAsWritten() {
        let argument = QEMUCPUArgument(parsing: "Haswell,+avx2,-x2apic,vmx,tsc_deadline=on,hv-vendor-id=KVM Hv,x==y,")
        #expect(argument.features == [
            .plus("avx2"), .minus("x2apic"), .flag("vmx"), .setting(name: "tsc_deadline", value: "on"),
            .setting(name: "hv-vendor-id", value: "KVM Hv"), .setting(name: "x", value: "=y"), .empty,
        ])
        #expect(argument.meaningfulFeatures.count == 6)
        #expect(argument.settings.map(\.value) == ["on", "off", "on", "on", "KVM Hv", "=y"])
        #expect(argument.text == "Haswell,+avx2,-x2apic,vmx,tsc_deadline=on,hv-vendor-id=KVM Hv,x==y,")
        #expect(QEMUCPUArgument.propertyName("tsc_deadline") == "tsc-deadline")
    }

    @Test func modelAloneHasNoFeatures() {
        #expect(QEMUCPUArgument(parsing: "host").features.isEmpty)
        #expect(QEMUCPUArgument(parsing: "").model == "")
        #expect(QEMUCPUArgument(parsing: "host,").features == [.empty])
    }

    @Test func libvirtCPUArgumentsRoundTrip() throws {
        let arguments = try LibvirtArguments.arguments(of: ["-cpu"])
        #expect(arguments.count > 100)
        for argument in arguments {
            let parsed = QEMUCPUArgument(parsing: argument)
            #expect(parsed.text == argument)
            #expect(!parsed.model.contains(","))
        }
    }

    static let alphabet = Array("ab_-+=, é")
    static let texts = Generator<String, Shrink.None<String>>(run: { rng in
        String((0..<Int.random(in: 0...16, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
    })

    @Test func randomTextRoundTrips() async {
        await propertyCheck(count: 10_000, input: Self.texts) { text in
            let argument = QEMUCPUArgument(parsing: text)
            #expect(argument.text == text)
            #expect(QEMUCPUArgument(parsing: argument.text) == argument)
        }
    }
}
