import Testing
@testable import QEMUCommand

/// Options move into `-readconfig` sections and back with the same settings, and options a
/// section cannot hold stay on the command line with a reason.
@Suite("-readconfig conversion")
struct QEMUConfigConversionTests {
    private func option(_ text: String) throws -> QEMUOption {
        let parsed = QEMUCommandLine.parse(shellText: "qemu-system-x86_64 " + text)
        return try #require(parsed.commandLine.options.first)
    }

    private func section(_ text: String) throws -> QEMUConfigSection {
        try QEMUConfigConversion.section(for: option(text)).get()
    }

    @Test func deviceIdGoesToTheHeaderAndTheImpliedKeyIsNamed() throws {
        let section = try section("-device virtio-rng-pci,id=r0,max-bytes=1024,serial=a,,b")
        #expect(section.group == "device")
        #expect(section.id == "r0")
        #expect(section.entries == [
            QEMUConfigEntry(key: "driver", value: "virtio-rng-pci"), QEMUConfigEntry(key: "max-bytes", value: "1024"),
            QEMUConfigEntry(key: "serial", value: "a,b"),
        ])
    }

    @Test func groupNamesDifferFromOptionNames() throws {
        #expect(try section("-m 1G,slots=2").group == "memory")
        #expect(try section("-smp 4,sockets=2").group == "smp-opts")
        #expect(try section("-boot order=c").group == "boot-opts")
        #expect(try section("-M q35,cxl=on").group == "machine")
        #expect(try section("-smp 4").entries == [QEMUConfigEntry(key: "cpus", value: "4")])
    }

    @Test func keyvalKeysStayDotted() throws {
        let section = try section("-machine q35,cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G")
        #expect(section.entries.map(\.key) == ["type", "cxl-fmw.0.targets.0", "cxl-fmw.0.size"])
    }

    @Test func shortBooleansBecomeOnAndOff() throws {
        let section = try section("-object memory-backend-ram,id=m0,size=1G,share,noprealloc")
        #expect(section.value(forKey: "share") == "on")
        #expect(section.value(forKey: "prealloc") == "off")
    }

    @Test func jsonWithScalarMembersMoves() throws {
        let section = try section(#"-device '{"driver":"virtio-rng-pci","id":"r0","max-bytes":1024,"x":true}'"#)
        #expect(section.id == "r0")
        #expect(section.value(forKey: "max-bytes") == "1024")
        #expect(section.value(forKey: "x") == "on")
    }

    @Test func globalShorthandBecomesDriverPropertyValue() throws {
        let section = try section("-global virtio-rng-pci.max-bytes=a,b")
        #expect(section.entries.map(\.value) == ["virtio-rng-pci", "max-bytes", "a,b"])
    }

    @Test(arguments: [
        "-netdev user,id=n0,hostfwd=tcp::2222-:22,hostfwd=tcp::8080-:80",
        #"-device '{"driver":"x","id":"d","list":[1,2]}'"#,
        #"-name 'say "hi"'"#,
        "-kernel bzImage",
        "-vnc :1",
    ])
    func optionsASectionCannotHoldStay(_ text: String) throws {
        #expect(throws: QEMUConfigConversionProblem.self) { try QEMUConfigConversion.section(for: option(text)).get() }
    }

    @Test func splitPutsReadconfigWhereTheFirstMovedOptionWas() throws {
        let parsed = QEMUCommandLine.parse(shellText: "qemu-system-x86_64 -S -m 1G -display none -device virtio-rng-pci -kernel k")
        let split = QEMUConfigConversion.split(parsed.commandLine, configPath: "vm.cfg")
        #expect(split.commandLine.argv == ["qemu-system-x86_64", "-S", "-readconfig", "vm.cfg", "-display", "none", "-kernel", "k"])
        #expect(split.sections.map(\.group) == ["memory", "device"])
        #expect(split.kept.isEmpty)
    }

    @Test func sectionsBecomeOptionsReadAsTheParserReadsThem() throws {
        let file = try QEMUConfigFile(parsing: """
            [device "r0"]
              max-bytes = "1,024"
              driver = "virtio-rng-pci"
            [machine]
              usb = "off"
              type = "q35"
            [memory]
              size = "512"

            """)
        let options = try QEMUConfigConversion.options(from: file)
        #expect(options.map(\.spelling) == ["-device", "-machine", "-m"])
        #expect(options.map { $0.argument?.text } == ["virtio-rng-pci,id=r0,max-bytes=1,,024", "q35,usb=off", "512"])
        #expect(options.allSatisfy { $0.argument?.syntax != nil })
    }

    @Test func unknownGroupIsReportedAtItsHeader() throws {
        let file = try QEMUConfigFile(parsing: "# x\n\n[devcie \"r0\"]\n  driver = \"e1000\"\n", fileName: "vm.cfg")
        #expect {
            try QEMUConfigConversion.options(from: file, fileName: "vm.cfg")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.range.start.line == 3 && diagnostic.fix == "did you mean [device]?"
        }
    }
}
