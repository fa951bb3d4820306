import Testing

@testable import QEMUCommand

@Suite("Check rules")
struct CheckRuleTests {
    func check(_ arguments: String, version: QEMUVersion = QEMUVersion(7, 2)) throws -> [Diagnostic] {
        let profile = try QEMUCapabilityProfile.bundled(version: version)
        return QEMUCommandLineChecker(profile: profile).check(shellText: "qemu-system-x86_64 " + arguments)
    }

    func rules(_ diagnostics: [Diagnostic], _ severity: DiagnosticSeverity = .error) -> [String] {
        diagnostics.filter { $0.severity == severity }.compactMap(\.ruleID)
    }

    @Test("duplicate ids per namespace; the same id in two namespaces is fine")
    func duplicateIDs() throws {
        let arguments = "-netdev user,id=x -device virtio-rng-pci,id=x -device virtio-rng-pci,id=x"
        let found = try check(arguments)
        #expect(rules(found) == ["id.duplicate"])
        #expect(found.first { $0.ruleID == "id.duplicate" }?.range.start.column == "qemu-system-x86_64 ".count + arguments.count)
    }

    @Test("a dangling netdev= names the closest id")
    func danglingNetdev() throws {
        let found = try check("-netdev user,id=net0 -device virtio-net-pci,netdev=nett0")
        let problem = try #require(found.first { $0.ruleID == "ref.dangling" })
        #expect(problem.message.contains("did you mean 'net0'"))
    }

    @Test("a QemuOpts device cannot sit on a bus a JSON device provides: JSON devices are created last")
    func creationOrder() throws {
        let found = try check(#"-M q35 -device '{"driver":"pcie-root-port","id":"rp1","chassis":1}' -device virtio-rng-pci,bus=rp1"#)
        #expect(rules(found) == ["ref.order"])
        let fine = try check(#"-M q35 -device pcie-root-port,id=rp1,chassis=1 -device '{"driver":"virtio-rng-pci","bus":"rp1"}'"#)
        #expect(rules(fine).isEmpty)
    }

    @Test("-accel with -machine accel= conflicts")
    func accelConflict() throws {
        #expect(rules(try check("-accel tcg -machine q35,accel=kvm")) == ["conflict.accel"])
    }

    @Test("sizes: a two-letter suffix is rejected with a one-letter fix; hex with suffix only before 8.0")
    func sizes() throws {
        let found = try check("-object memory-backend-ram,id=m0,size=256MB")
        let problem = try #require(found.first { $0.ruleID == "value.size" })
        #expect(problem.fix?.contains("size=256M") == true)
        #expect(rules(try check("-object memory-backend-ram,id=m0,size=0x10M")).isEmpty)
        #expect(rules(try check("-object memory-backend-ram,id=m0,size=0x10M", version: QEMUVersion(8, 2))) == ["value.size"])
    }

    @Test("removed options name their replacement")
    func removedOption() throws {
        let found = try check("-sdl")
        let problem = try #require(found.first { $0.ruleID == "option.removed" })
        #expect(problem.fix?.contains("-display sdl") == true)
        #expect(rules(try check("-no-hpet")).isEmpty)
        #expect(rules(try check("-no-hpet", version: QEMUVersion(9, 2))) == ["option.removed"])
    }

    @Test("a CXL window split across -M options, a bad size and a non-bridge target")
    func cxlWindows() throws {
        let head = "-M q35,cxl=on -device pxb-cxl,bus_nr=12,id=cxl.1 -device cxl-rp,bus=cxl.1,id=rp0,chassis=0,slot=1 "
        #expect(rules(try check(head + "-M cxl-fmw.0.targets.0=cxl.1 -M cxl-fmw.0.size=4G")).contains("machine.split-list"))
        #expect(rules(try check(head + "-M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=100M")) == ["cxl.window-size"])
        #expect(rules(try check(head + "-M cxl-fmw.0.targets.0=rp0,cxl-fmw.0.size=4G")) == ["ref.dangling"])
        #expect(rules(try check("-M q35 -device pxb-cxl,bus_nr=12,id=cxl.1")) == ["cxl.disabled"])
    }

    @Test("-set refuses object and keyval groups and ids that are not QemuOpts")
    func set() throws {
        #expect(rules(try check("-object iothread,id=io0 -set object.io0.poll-max-ns=1")) == ["set.unsupported-group"])
        #expect(rules(try check("-device virtio-rng-pci,id=r0 -set device.r0.max-bytes=1")).isEmpty)
        #expect(rules(try check(#"-device '{"driver":"virtio-rng-pci","id":"r0"}' -set device.r0.max-bytes=1"#)) == ["set.unknown-id"])
    }

    @Test("unknown device properties warn when the bundled profile does not list them")
    func unknownPropertiesWarn() throws {
        let found = try check("-netdev user,id=n0 -device e1000,netdev=n0,mac=52:54:00:12:34:56")
        #expect(rules(found).isEmpty)
        #expect(rules(found, .warning) == ["device.properties-unknown"])
    }

    @Test("integers are range-checked by their width")
    func integerWidths() {
        #expect(QEMUValueCheck.integer("255", signed: false, bits: 8) == 255)
        #expect(QEMUValueCheck.integer("256", signed: false, bits: 8) == nil)
        #expect(QEMUValueCheck.integer("-129", signed: true, bits: 8) == nil)
        #expect(QEMUValueCheck.integer("-128", signed: true, bits: 8) == -128)
        #expect(QEMUValueCheck.integer("010", signed: false, bits: 8) == 8)
    }
}
