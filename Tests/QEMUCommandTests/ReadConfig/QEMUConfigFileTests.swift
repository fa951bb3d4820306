import Testing
@testable import QEMUCommand

/// `-readconfig` files read and print back exactly, and lines QEMU rejects or misreads are errors
/// at their line and column.
@Suite("-readconfig file syntax")
struct QEMUConfigFileTests {
    static let sample = """
        # qemu config file

        [machine]
          type = "q35"
        \tusb ="off"
        [device "r0"]
        driver = "virtio-rng-pci"
            max-bytes   =   "1,024 = x"
          empty = ""
        [memory]
          size = "1G"
        #trailing comment
        """

    @Test func parsedFilePrintsBackByteForByte() throws {
        for text in [Self.sample, Self.sample + "\n", ""] {
            #expect(try QEMUConfigFile(parsing: text).text == text)
        }
    }

    @Test func sectionsHoldTheSettingsQEMUReads() throws {
        let file = try QEMUConfigFile(parsing: Self.sample)
        let sections = file.sections
        #expect(sections.map(\.group) == ["machine", "device", "memory"])
        #expect(sections[0].value(forKey: "usb") == "off")
        #expect(sections[1].id == "r0")
        #expect(sections[1].value(forKey: "max-bytes") == "1,024 = x")
        #expect(sections[1].value(forKey: "empty") == "")
        #expect(sections[2].headerLine == 9)
    }

    @Test func repeatedKeyKeepsTheLastValue() throws {
        let section = try QEMUConfigFile(parsing: "[memory]\nsize = \"1G\"\nsize = \"2G\"\n").sections[0]
        #expect(section.value(forKey: "size") == "2G")
        #expect(section.effectiveEntries == [QEMUConfigEntry(key: "size", value: "2G")])
    }

    @Test(arguments: [
        ("[device]\n   \n", 2, 1, "only blanks"),
        ("size = \"1G\"\n", 1, 1, "no group defined"),
        ("[memory]\nsize=\"1G\"\n", 2, 5, "one key with an empty value"),
        ("[memory]\nsize = 1G\n", 2, 8, "values are always quoted"),
        ("[memory]\nsize = \"1G\" x\n", 2, 13, "ignored by QEMU"),
        ("[memory]\nsize = \"1G\n", 2, 11, "no closing"),
        ("[device \"r0\"] junk\n", 1, 14, "nothing after it"),
        ("[memory]\n" + String(repeating: "k", count: 64) + " = \"x\"\n", 2, 64, "longer than 63 bytes"),
    ])
    func rejectedLinesArePositioned(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect {
            try QEMUConfigFile(parsing: text, fileName: "vm.cfg")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.range.start.line == line && diagnostic.range.start.column == column && diagnostic.message.contains(message)
        }
    }

    @Test func writerUsesTheWriteconfigLayout() throws {
        let file = try QEMUConfigFile(sections: [
            QEMUConfigSection(group: "device", id: "r0", entries: [QEMUConfigEntry(key: "driver", value: "virtio-rng-pci")]),
            QEMUConfigSection(group: "memory", entries: [QEMUConfigEntry(key: "size", value: "1G")]),
        ])
        #expect(file.text == "# qemu config file\n\n[device \"r0\"]\n  driver = \"virtio-rng-pci\"\n\n[memory]\n  size = \"1G\"\n\n")
        #expect(try QEMUConfigFile(parsing: file.text) == file)
    }

    @Test func writerRejectsWhatTheFormatCannotHold() {
        for section in [
            QEMUConfigSection(group: "device", id: "r0", entries: [QEMUConfigEntry(key: "serial", value: "a\"b")]),
            QEMUConfigSection(group: "device", entries: [QEMUConfigEntry(key: "a key", value: "x")]),
            QEMUConfigSection(group: "name", entries: [QEMUConfigEntry(key: "guest", value: "two\nlines")]),
        ] {
            #expect(throws: Diagnostic.self) { try QEMUConfigFile(sections: [section]) }
        }
    }
}
