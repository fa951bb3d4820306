import Testing

@testable import QEMUCommand

@Suite("Command-line checks against bundled profiles")
struct CheckerTests {
    static let cxlLine = """
        qemu-system-x86_64 -machine q35,cxl=on -m 2G \\
          -object memory-backend-file,id=pmem0,share=on,mem-path=/tmp/pmem0,size=256M \\
          -object memory-backend-file,id=lsa0,share=on,mem-path=/tmp/lsa0,size=256M \\
          -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 \\
          -device cxl-rp,port=0,bus=cxl.1,id=root_port13,chassis=0,slot=2 \\
          -device cxl-type3,bus=root_port13,persistent-memdev=pmem0,lsa=lsa0,id=cxl-pmem0 \\
          -M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G
        """

    func diagnostics(_ text: String, version: QEMUVersion) throws -> [Diagnostic] {
        let profile = try QEMUCapabilityProfile.bundled(version: version)
        return QEMUCommandLineChecker(profile: profile).check(shellText: text)
    }

    @Test("persistent-memdev on 7.2 is an error that suggests memdev=")
    func persistentMemdevOn72() throws {
        let found = try diagnostics(Self.cxlLine, version: QEMUVersion(7, 2))
        let errors = found.filter { $0.severity == .error }
        let problem = try #require(errors.first { $0.ruleID == "device.property-too-new" })
        #expect(problem.message.contains("persistent-memdev"))
        #expect(problem.fix?.contains("memdev=") == true)
        #expect(problem.range.start.line == 6)
    }

    @Test("the same line has no error on 9.2")
    func persistentMemdevOn92() throws {
        let found = try diagnostics(Self.cxlLine, version: QEMUVersion(9, 2))
        #expect(found.filter { $0.severity == .error }.isEmpty, "\(found)")
    }

    @Test("misspelled device and option get suggestions")
    func suggestions() throws {
        let found = try diagnostics("qemu-system-x86_64 -devic virtio-net-pci -device virtio-net-pcii,id=n0", version: QEMUVersion(9, 2))
        #expect(found.contains { $0.ruleID == "option.unknown" && $0.message.contains("did you mean '-device'") || $0.message.contains("'device'") })
        #expect(found.contains { $0.ruleID == "device.unknown" && $0.message.contains("virtio-net-pci'") })
    }
}
