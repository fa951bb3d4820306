import Testing
@testable import QEMUCommand

@Suite("Shell words")
struct ShellLexerTests {
    private func split(_ text: String) -> ShellCommand { ShellCommand(parsing: SourceText(text, fileName: "t.sh")) }

    @Test func quotesEscapesAndContinuations() {
        let command = split("qemu -append 'a b' \"c \\\"d\\\" $\" e\\ f \\\n  -S # comment\n")
        #expect(command.argv == ["qemu", "-append", "a b", "c \"d\" $", "e f", "-S"])
    }

    @Test func environmentAssignmentsComeBeforeTheProgram() {
        let command = split("LC_ALL=C HOME='/var/lib/x y' /usr/bin/qemu-system-x86_64 A=b")
        #expect(command.environment == [.init(name: "LC_ALL", value: "C"), .init(name: "HOME", value: "/var/lib/x y")])
        #expect(command.argv == ["/usr/bin/qemu-system-x86_64", "A=b"])
    }

    @Test func quotedEqualsIsNotAnAssignment() {
        #expect(split("'A=b' -S").environment.isEmpty)
        #expect(split("'A=b' -S").argv == ["A=b", "-S"])
    }

    @Test func hashInsideAWordIsNotAComment() {
        #expect(split("qemu a#b #c").argv == ["qemu", "a#b"])
    }

    @Test func wordsKnowTheirLineAndColumn() throws {
        let command = split("qemu \\\n  -m 'x'\n")
        let word = try #require(command.words.last)
        #expect(word.range.start == SourceLocation(line: 2, column: 6, offset: 12))
        #expect(word.range.end.column == 9)
        #expect(word.sourceOffset(ofValueOffset: 0) == 13)
    }

    @Test func valueOffsetsMapThroughQuotesAndEscapes() throws {
        let command = split("q a'bc'\\d\"e\"")
        let word = try #require(command.words.last)
        #expect(word.value == "abcde")
        #expect((0..<5).map(word.sourceOffset(ofValueOffset:)) == [2, 4, 5, 8, 10])
    }

    @Test func unterminatedSingleQuoteIsAnErrorAtTheQuote() throws {
        let diagnostic = try #require(split("qemu -append 'abc").diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "unterminated single quote")
        #expect(diagnostic.range.start == SourceLocation(line: 1, column: 14, offset: 13))
    }

    @Test func unterminatedDoubleQuoteIsAnErrorAtTheQuote() throws {
        let diagnostic = try #require(split("qemu \\\n -name \"x").diagnostics.first)
        #expect(diagnostic.message == "unterminated double quote")
        #expect(diagnostic.range.start.line == 2)
        #expect(diagnostic.range.start.column == 8)
    }

    @Test func danglingBackslashIsAnError() throws {
        let diagnostic = try #require(split("qemu -S \\").diagnostics.first)
        #expect(diagnostic.message == "backslash at the end of the input escapes nothing")
        #expect(diagnostic.range.start.column == 9)
    }

    @Test func expansionsStayLiteralWithAWarning() throws {
        let command = split("qemu -kernel $KERNEL -initrd \"$(pwd)/initrd\"")
        #expect(command.argv == ["qemu", "-kernel", "$KERNEL", "-initrd", "$(pwd)/initrd"])
        #expect(command.diagnostics.count == 2)
        #expect(command.diagnostics.allSatisfy { $0.severity == .warning && $0.ruleID == "shell.expansion-not-performed" })
        #expect(command.diagnostics[0].range.start.column == 14)
    }

    @Test func commandSubstitutionWithSpacesIsOneWord() {
        #expect(split("qemu -m $(echo 1 G)x -S").argv == ["qemu", "-m", "$(echo 1 G)x", "-S"])
    }

    @Test func aMissingContinuationIsReportedOnTheNextCommand() throws {
        let diagnostic = try #require(split("qemu -m 1G\n-smp 2\n").diagnostics.first)
        #expect(diagnostic.ruleID == "shell.second-command")
        #expect(diagnostic.range.start.line == 2)
        #expect(diagnostic.fix == "add ' \\' at the end of line 1 to continue the command")
    }

    @Test func shellOperatorsAreErrors() throws {
        let diagnostic = try #require(split("qemu -S > log").diagnostics.first)
        #expect(diagnostic.ruleID == "shell.operator")
        #expect(diagnostic.range.start.column == 9)
    }

    @Test func nonASCIIColumnsCountCharacters() throws {
        let diagnostic = try #require(split("qemu -name 'é' 'x").diagnostics.first)
        #expect(diagnostic.range.start.column == 16)
    }

    @Test func quotingOnlyWhenNeeded() {
        #expect(ShellQuoting.quote("-device") == "-device")
        #expect(ShellQuoting.quote("driver=virtio,id=a:b/c") == "driver=virtio,id=a:b/c")
        #expect(ShellQuoting.quote("a b") == "'a b'")
        #expect(ShellQuoting.quote("it's") == "'it'\\''s'")
        #expect(ShellQuoting.quote("") == "''")
        #expect(ShellQuoting.quote("{\"a\":1}") == "'{\"a\":1}'")
        #expect(ShellQuoting.quoteProgram("A=b") == "'A=b'")
    }

    @Test func agreesWithTheRealShell() throws {
        let text = "E=1 q -a 'x y' \"z\\\\w\" a\\ b \\\n c'\"'d \"\" '' #no\n"
        let command = split(text)
        #expect(try POSIXShell.words(of: text) == command.environment.map(\.entry) + command.argv)
    }
}
