import PropertyBased
import Testing
@testable import QEMUCommand

/// Round trips over random inputs: argv through shell text, QemuOpts and keyval trees through text.
@Suite("Round-trip properties")
struct RoundTripPropertyTests {
    /// Characters that stress quoting and the option syntaxes.
    static let awkward: [Character] = [
        "a", "Z", "0", "9", ",", ",", "=", "=", ".", "-", "_", "/", ":", "'", "\"", "\\", " ", "\n", "\t", "$", "#",
        "{", "}", "*", "?", "~", "|", ";", "&", "(", ")", "<", "!", "é", "日", "😀", "\u{7F}", "\u{1}",
    ]
    static let word = character(from: awkward).string(of: 0...10)
    static let argv = word.array(of: 1...8)

    static func character(from characters: [Character]) -> Generator<Character, Shrink.None<Character?>> {
        Gen<Character?>.element(of: characters).map { $0 ?? "a" }
    }

    @Test func argvSurvivesShellTextAndParsing() async {
        await propertyCheck(count: 10_000, input: Self.argv) { argv in
            let text = ([ShellQuoting.quoteProgram(argv[0])] + argv.dropFirst().map(ShellQuoting.quote)).joined(separator: " ")
            let command = ShellCommand(parsing: SourceText(text))
            #expect(command.environment.isEmpty)
            #expect(command.argv == argv)
            #expect(command.diagnostics.isEmpty)
            let parsed = QEMUCommandLine.parse(argv: argv)
            let formatted = QEMUCommandLine.parse(shellText: QEMUCommandLineFormatter.canonical(parsed.commandLine))
            #expect(formatted.commandLine.argv == argv)
        }
    }

    static let name = character(from: awkward.filter { $0 != "," && $0 != "=" }).string(of: 1...6)
    static let value = word

    static let qemuOptsElement = Gen.int(in: 0...2).array(of: 0...6)

    @Test func qemuOptsTreesSurvivePrintingAndParsing() async {
        await propertyCheck(count: 10_000, input: Self.qemuOptsElement, Self.name.array(of: 6), Self.value.array(of: 6), Gen.bool, Gen.bool) {
            kinds, names, values, hasImpliedKey, trailingComma in
            let impliedKey: String? = hasImpliedKey ? "driver" : nil
            var elements: [QEMUOptsElement] = []
            for (position, kind) in kinds.enumerated() {
                if position == 0, impliedKey != nil {
                    elements.append(.implied(value: values[position].filter { $0 != "=" }))
                } else if kind == 0 {
                    elements.append(.flag(names[position]))
                } else {
                    elements.append(.pair(key: names[position], value: values[position]))
                }
            }
            // A lone empty element prints as the empty text, which is no element at all; only a
            // trailing comma can spell it.
            let loneEmpty = elements == [.implied(value: "")]
            let tree = QEMUOptsArgument(impliedKey: impliedKey, elements: elements, hasTrailingComma: (trailingComma && !elements.isEmpty) || loneEmpty)
            #expect(QEMUOptsArgument(parsing: tree.text, impliedKey: impliedKey) == tree)
        }
    }

    static let keyvalKeys = ["cpus", "cxl", "size", "node-name", "a-b_c", "__com.x_y", "obj.x", "obj.deep.z", "list.0", "list.0.t"]

    @Test func keyvalTreesSurvivePrintingAndParsing() async throws {
        let keys = Gen<String?>.element(of: Self.keyvalKeys.filter { $0 != "list.0" }).map { $0 ?? "cpus" }.array(of: 0...6)
        let implied = Self.character(from: Self.awkward.filter { $0 != "," && $0 != "=" }).string(of: 0...6)
        await propertyCheck(count: 10_000, input: keys, Self.value.array(of: 6), implied, Gen.bool) { keys, values, impliedValue, trailingComma in
            var elements: [QEMUKeyvalElement] = []
            if QEMUKeyvalArgument.canBeImplied(impliedValue) { elements.append(.implied(value: impliedValue)) }
            for (position, key) in keys.enumerated() { elements.append(.pair(key: key, value: values[position])) }
            let tree = QEMUKeyvalArgument(impliedKey: "type", elements: elements, hasTrailingComma: trailingComma && !elements.isEmpty)
            #expect((try? QEMUKeyvalArgument(parsing: tree.text, impliedKey: "type")) == tree)
        }
    }
}
