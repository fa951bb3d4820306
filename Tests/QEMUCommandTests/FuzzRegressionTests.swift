import Testing
@testable import QEMUCommand

/// Inputs the libFuzzer target (Fuzz/) found breaking a round trip, kept as regression tests.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test("a quote followed by a combining mark is still escaped when quoted for the shell")
    func quoteBeforeCombiningMark() {
        let word = "'\u{05A7}x"
        let quoted = ShellQuoting.quote(word)
        #expect(quoted == "''\\''\u{05A7}x'")
        let command = ShellCommand(parsing: SourceText("prog " + quoted))
        #expect(command.argv == ["prog", word])
    }

    @Test("an assignment-like program word with a quote before a combining mark round-trips")
    func assignmentLikeProgramWithCombiningMark() {
        let program = "A=x'\u{05A7}"
        let command = ShellCommand(parsing: SourceText(ShellQuoting.quoteProgram(program)))
        #expect(command.environment.isEmpty)
        #expect(command.argv == [program])
    }

    @Test("the canonical form of an empty implied value keeps the value")
    func emptyImpliedValueCanonical() {
        let argument = QEMUOptsArgument(parsing: ",", impliedKey: "driver")
        #expect(argument.canonicalText == "driver=")
        let reparsed = QEMUOptsArgument(parsing: argument.canonicalText, impliedKey: "driver")
        #expect(reparsed.value(forKey: "driver") == "")
    }

    @Test("a tcp: port cut at 32 bytes inside a multi-byte character prints back byte-identically")
    func chardevPortCutInsideCharacter() throws {
        let text = "tcp::" + String(repeating: "\u{FFFD}", count: 11)
        let spec = try QEMULegacyChardevSpec(parsing: text)
        #expect(spec.text == text)
    }
}
