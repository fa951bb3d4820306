/// Turns words into a ``QEMUCommandLine`` the way `qemu_init()` and `lookup_opt()` walk argv.
///
/// A word starting with `-` is an option looked up by exact name (`--foo` is `-foo`); an option
/// that takes an argument takes the next word verbatim, even if it starts with `-`; any other word
/// is a disk image. Unknown options are kept, with a warning.
struct QEMUCommandLineParser {
    private let source: SourceText?
    private var diagnostics: [Diagnostic] = []
    private var items: [QEMUCommandLineItem] = []
    private var itemSources: [QEMUItemSource] = []
    private var shellFailed = false

    init(source: SourceText?) {
        self.source = source
    }

    mutating func parse(environment: [EnvironmentAssignment], words: [ShellWord], shellDiagnostics: [Diagnostic]) -> QEMUParseResult {
        diagnostics = shellDiagnostics
        items.reserveCapacity(words.count)
        itemSources.reserveCapacity(words.count)
        shellFailed = shellDiagnostics.contains { $0.severity == .error }
        var index = 0
        var programWord: ShellWord?
        if let first = words.first, !Self.isOption(first.value) {
            programWord = first
            index = 1
        }
        if words.isEmpty, !shellDiagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(.error(
                "no command found", at: source?.location(ofOffset: source?.bytes.count ?? 0) ?? .start,
                rule: "command.empty", fix: "write the QEMU program followed by its options"))
        }
        while index < words.count {
            index = readItem(at: index, of: words)
        }
        return QEMUParseResult(
            commandLine: QEMUCommandLine(environment: environment, program: programWord?.value, items: items),
            diagnostics: diagnostics, source: source, programWord: programWord, itemSources: itemSources)
    }

    /// Reads the item starting at `words[index]`; returns the index of the next item.
    private mutating func readItem(at index: Int, of words: [ShellWord]) -> Int {
        let word = words[index]
        guard Self.isOption(word.value) else {
            append(.image(word.value), QEMUItemSource(word: word))
            return index + 1
        }
        guard let info = QEMUOptionTable.reading(forSpelling: word.value) else {
            return readUnknownOption(QEMUOption.name(ofSpelling: word.value), at: index, of: words)
        }
        guard info.takesArgument else {
            append(.option(QEMUOption(spelling: word.value)), QEMUItemSource(word: word))
            return index + 1
        }
        guard index + 1 < words.count else {
            // After a shell error the words stop early; the missing argument is not a second problem.
            if !shellFailed { report(.error(
                "option '\(word.value)' requires an argument", at: word.range.end, rule: "option.missing-argument",
                fix: "add the argument after '\(word.value)' (see `qemu-system-x86_64 -help`)")) }
            append(.option(QEMUOption(spelling: word.value)), QEMUItemSource(word: word))
            return index + 1
        }
        let argumentWord = words[index + 1]
        let (tree, argumentDiagnostics) = QEMUArgumentReader.read(argumentWord.value, as: info.syntax)
        for diagnostic in argumentDiagnostics {
            report(argumentWord.relocate(diagnostic, in: source))
        }
        let argument = QEMUOptionArgument(text: argumentWord.value, syntax: tree)
        append(.option(QEMUOption(spelling: word.value, argument: argument)), QEMUItemSource(word: word, argumentWord: argumentWord))
        return index + 2
    }

    /// An unknown option is kept; a following word that is not an option is kept as its argument.
    private mutating func readUnknownOption(_ name: String, at index: Int, of words: [ShellWord]) -> Int {
        let word = words[index]
        report(unknownOptionWarning(word: word, name: name))
        if index + 1 < words.count, !Self.isOption(words[index + 1].value) {
            let argumentWord = words[index + 1]
            let argument = QEMUOptionArgument(text: argumentWord.value, syntax: .plain(argumentWord.value))
            append(.option(QEMUOption(spelling: word.value, argument: argument)), QEMUItemSource(word: word, argumentWord: argumentWord))
            return index + 2
        }
        append(.option(QEMUOption(spelling: word.value)), QEMUItemSource(word: word))
        return index + 1
    }

    private func unknownOptionWarning(word: ShellWord, name: String) -> Diagnostic {
        var fix: String?
        if let equals = name.firstIndex(of: "="), QEMUOptionTable.info(for: String(name[..<equals])) != nil {
            fix = "QEMU has no '-option=value' form: write '-\(name[..<equals]) \(name[name.index(after: equals)...])'"
        } else if let suggestion = NameSuggestion.closest(to: name, in: QEMUOptionTable.all.map(\.name)) {
            fix = "did you mean '-\(suggestion)'?"
        }
        return Diagnostic(
            .warning, "unknown option '\(word.value)': kept as written", at: word.range, rule: "option.unknown", fix: fix)
    }

    private mutating func append(_ item: consuming QEMUCommandLineItem, _ itemSource: consuming QEMUItemSource) {
        items.append(item)
        itemSources.append(itemSource)
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A word starting with `-` is an option (`argv[optind][0] == '-'`).
    private static func isOption(_ word: String) -> Bool {
        word.utf8.first == UInt8(ascii: "-")
    }
}
