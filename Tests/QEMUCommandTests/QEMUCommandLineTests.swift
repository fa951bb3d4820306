import Testing
@testable import QEMUCommand

@Suite("Command line")
struct QEMUCommandLineTests {
    private func parse(_ text: String) -> QEMUParseResult { QEMUCommandLine.parse(shellText: text, fileName: "vm.sh") }

    @Test func optionsTakeTheNextWordVerbatimEvenWithADash() throws {
        let result = parse("qemu-system-x86_64 -append -x --m 1G disk.img -S")
        #expect(result.diagnostics.isEmpty)
        #expect(result.commandLine.items == [
            .option(QEMUOption(spelling: "-append", argument: QEMUOptionArgument(text: "-x", syntax: .plain("-x")))),
            .option(QEMUOption(spelling: "--m", argument: QEMUOptionArgument(.qemuOpts(QEMUOptsArgument(parsing: "1G", impliedKey: "size"))))),
            .image("disk.img"),
            .option(QEMUOption(spelling: "-S")),
        ])
        #expect(result.commandLine.options[1].name == "m")
    }

    @Test func eachOptionIsReadInItsOwnSyntax() throws {
        let result = parse("q -M q35,cxl=on -device virtio-rng-pci,id=r -netdev stream,id=s,addr.type=unix,addr.path=/s -netdev user,id=u -kernel a,b")
        let syntaxes = result.commandLine.options.map(\.argument?.syntax)
        guard case .keyval(let machine) = syntaxes[0], case .qemuOpts(let device) = syntaxes[1],
              case .keyval(let stream) = syntaxes[2], case .qemuOpts(let user) = syntaxes[3], case .plain("a,b") = syntaxes[4]
        else {
            Issue.record("unexpected syntaxes \(syntaxes)")
            return
        }
        #expect(machine.value(forKey: "type") == "q35")
        #expect(device.impliedValue == "virtio-rng-pci")
        #expect(try stream.tree()["addr"]?["path"]?.string == "/s")
        #expect(user.impliedValue == "user")
    }

    @Test func aMissingArgumentIsAnErrorAtTheOption() throws {
        let diagnostic = try #require(parse("qemu -S \\\n  -m").diagnostics.first)
        #expect(diagnostic.message == "option '-m' requires an argument")
        #expect(diagnostic.range.start == SourceLocation(line: 2, column: 5, offset: 14))
    }

    @Test func unknownOptionsAreKeptWithAWarningAndASuggestion() throws {
        let result = parse("qemu -devcie virtio-rng-pci -m=1G -S")
        #expect(result.commandLine.argv == ["qemu", "-devcie", "virtio-rng-pci", "-m=1G", "-S"])
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(result.diagnostics[0].message == "unknown option '-devcie': kept as written")
        #expect(result.diagnostics[0].fix == "did you mean '-device'?")
        #expect(result.diagnostics[1].fix == "QEMU has no '-option=value' form: write '-m 1G'")
    }

    @Test func keyvalErrorsPointIntoTheFile() throws {
        let diagnostic = try #require(parse("qemu \\\n  -machine 'pc,usb'").diagnostics.first)
        #expect(diagnostic.message == "Expected '=' after parameter 'usb'")
        #expect(diagnostic.range.start == SourceLocation(line: 2, column: 19, offset: 25))
    }

    @Test func shortFormBooleansWarnWhereQEMUDoes() {
        let result = parse("q -object memory-backend-ram,id=m,size=1G,share -device virtio-rng-pci,help -machine q35")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "short-form boolean option 'share' is deprecated")
        #expect(result.diagnostics.first?.fix == "write 'share=on'")
    }

    @Test func argvInputNeedsNoShell() {
        let result = QEMUCommandLine.parse(argv: ["qemu-system-x86_64", "-name", "a b,,c", "-machine", "q35,usb"])
        #expect(result.commandLine.argv == ["qemu-system-x86_64", "-name", "a b,,c", "-machine", "q35,usb"])
        #expect(result.diagnostics.first?.range.start.line == 4)
        #expect(result.diagnostics.first?.range.start.column == 8)
    }

    @Test func aTextWithoutProgramIsJustOptions() {
        let result = parse("-m 1G -S")
        #expect(result.commandLine.program == nil)
        #expect(result.commandLine.argv == ["-m", "1G", "-S"])
    }

    @Test func anEmptyTextIsAnError() {
        #expect(parse("# nothing\n").diagnostics.first?.message == "no command found")
    }

    @Test func canonicalLayoutIsOneOptionPerLine() {
        let result = parse("LC_ALL=C qemu -name 'it'\\''s' -S -append 'a b'")
        #expect(QEMUCommandLineFormatter.canonical(result.commandLine) == "LC_ALL=C \\\nqemu \\\n-name 'it'\\''s' \\\n-S \\\n-append 'a b'\n")
    }
}
