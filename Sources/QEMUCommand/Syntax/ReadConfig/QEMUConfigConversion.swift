/// Moves options between the command line and `-readconfig` sections without changing what QEMU does.
///
/// An option becomes a section when its group exists in `-readconfig` and every setting can be
/// written there: one value per key (a section keeps only the last), no `"` or newline in values,
/// JSON arguments with scalar members only. Everything else stays on the command line.
public enum QEMUConfigConversion {
    /// The section QEMU builds from `option`, or why the option must stay on the command line.
    public static func section(for option: QEMUOption) -> Result<QEMUConfigSection, QEMUConfigConversionProblem> {
        guard let group = QEMUConfigGroup.forOption(option.name) else {
            return .failure(.init(option: option, reason: "-readconfig has no group for '\(option.spelling)'"))
        }
        guard let argument = option.argument, let syntax = argument.syntax else {
            return .failure(.init(option: option, reason: "the argument could not be read"))
        }
        let section: Result<QEMUConfigSection, QEMUConfigConversionProblem>
        switch syntax {
        case .qemuOpts(let tree): section = qemuOptsSection(tree, group: group, option: option)
        case .keyval(let tree): section = keyvalSection(tree, group: group, option: option)
        case .json(let tree): section = jsonSection(tree.value, group: group, option: option)
        case .global(.shorthand(let driver, let property, let value)):
            let entries = [("driver", driver), ("property", property), ("value", value)].map { QEMUConfigEntry(key: $0.0, value: $0.1) }
            section = .success(QEMUConfigSection(group: "global", entries: entries))
        case .global(.long(let tree)): section = qemuOptsSection(tree, group: group, option: option)
        case .plain, .legacyChardev, .cpu, .set:
            section = .failure(.init(option: option, reason: "the argument is not in a QemuOpts or keyval form"))
        }
        return section.flatMap { section in
            do throws(Diagnostic) {
                _ = try QEMUConfigFile(sections: [section])
                return .success(section)
            } catch {
                return .failure(.init(option: option, reason: error.message))
            }
        }
    }

    /// Splits a command line into `-readconfig` sections and the options that stay.
    ///
    /// - Returns: the sections, the options that stay with `-readconfig path` where the first
    ///   moved option was, and why each kept option could not move.
    public static func split(
        _ commandLine: QEMUCommandLine, configPath: String
    ) -> (sections: [QEMUConfigSection], commandLine: QEMUCommandLine, kept: [QEMUConfigConversionProblem]) {
        var sections: [QEMUConfigSection] = []
        var items: [QEMUCommandLineItem] = []
        var kept: [QEMUConfigConversionProblem] = []
        for item in commandLine.items {
            guard let option = item.option else {
                items.append(item)
                continue
            }
            switch section(for: option) {
            case .success(let section):
                if sections.isEmpty {
                    let argument = QEMUOptionArgument(text: configPath, syntax: .plain(configPath))
                    items.append(.option(QEMUOption(spelling: "-readconfig", argument: argument)))
                }
                sections.append(section)
            case .failure(let problem):
                if QEMUConfigGroup.forOption(option.name) != nil { kept.append(problem) }
                items.append(item)
            }
        }
        var remaining = commandLine
        remaining.items = items
        return (sections, remaining, kept)
    }

    /// The command-line option QEMU treats the section like.
    ///
    /// - Throws: a diagnostic when QEMU 7.2 has no such group or the settings do not form a valid
    ///   argument; it is positioned at `location` (the section header, when known).
    public static func option(for section: QEMUConfigSection, at location: SourceLocation = .start) throws(Diagnostic) -> QEMUOption {
        guard let group = QEMUConfigGroup.named(section.group) else {
            let suggestion = NameSuggestion.closest(to: section.group, in: QEMUConfigGroup.all.map(\.name))
            throw .error(
                "QEMU 7.2 has no -readconfig group '\(section.group)'", at: location, rule: "readconfig.unknown-group",
                fix: suggestion.map { "did you mean [\($0)]?" } ?? "use one of: \(QEMUConfigGroup.all.map(\.name).joined(separator: ", "))")
        }
        let spelling = "-" + group.optionName
        guard let info = QEMUOptionTable.info(for: group.optionName) else {
            throw .error("QEMU has no option '\(spelling)'", at: location, rule: "readconfig.unknown-group")
        }
        let text = argumentText(for: section, group: group)
        let (tree, diagnostics) = QEMUArgumentReader.read(text, as: info.syntax)
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            throw .error(
                "[\(section.group)] does not form a valid '\(spelling)' argument: \(error.message)", at: location,
                rule: "readconfig.invalid-section", fix: error.fix)
        }
        return QEMUOption(spelling: spelling, argument: QEMUOptionArgument(text: text, syntax: tree))
    }

    /// Every section of `file` as a command-line option, in order.
    public static func options(from file: QEMUConfigFile, fileName: String = "-") throws(Diagnostic) -> [QEMUOption] {
        let source = SourceText(file.text, fileName: fileName)
        var lineOffsets: [Int] = []
        var offset = 0
        for line in file.lines {
            lineOffsets.append(offset)
            offset += line.text.utf8.count + 1
        }
        var options: [QEMUOption] = []
        for section in file.sections {
            let location = section.headerLine.map { source.location(ofOffset: lineOffsets[$0]) } ?? .start
            options.append(try option(for: section, at: location))
        }
        return options
    }

    /// The implied value first (bare when it reads back as implied), then `id`, then the rest.
    private static func argumentText(for section: QEMUConfigSection, group: QEMUConfigGroup) -> String {
        var entries = section.effectiveEntries
        if let id = section.id, !entries.contains(where: { $0.key == "id" }) {
            entries.insert(QEMUConfigEntry(key: "id", value: id), at: 0)
        }
        if let impliedKey = group.impliedKey, let position = entries.firstIndex(where: { $0.key == impliedKey }) {
            entries.insert(entries.remove(at: position), at: 0)
        }
        if group.isKeyval {
            let elements: [QEMUKeyvalElement] = entries.enumerated().map { position, entry in
                position == 0 && entry.key == group.impliedKey ? .implied(value: entry.value) : .pair(key: entry.key, value: entry.value)
            }
            return QEMUKeyvalArgument(impliedKey: group.impliedKey, elements: elements).text
        }
        let elements: [QEMUOptsElement] = entries.enumerated().map { position, entry in
            let implied = position == 0 && entry.key == group.impliedKey && !entry.value.isEmpty
            return implied ? .implied(value: entry.value) : .pair(key: entry.key, value: entry.value)
        }
        return QEMUOptsArgument(impliedKey: group.impliedKey, elements: elements).text
    }

    private static func qemuOptsSection(
        _ tree: QEMUOptsArgument, group: QEMUConfigGroup, option: QEMUOption
    ) -> Result<QEMUConfigSection, QEMUConfigConversionProblem> {
        if let key = repeatedKey(tree.settings.map(\.key).filter { $0 != "id" }) {
            return .failure(.init(option: option, reason: "'\(key)' is given more than once, and a section keeps only the last"))
        }
        let entries = tree.settings.filter { $0.key != "id" }.map { QEMUConfigEntry(key: $0.key, value: $0.value) }
        return .success(QEMUConfigSection(group: group.name, id: tree.id, entries: entries))
    }

    private static func keyvalSection(
        _ tree: QEMUKeyvalArgument, group: QEMUConfigGroup, option: QEMUOption
    ) -> Result<QEMUConfigSection, QEMUConfigConversionProblem> {
        guard group.isKeyval || group.name == "object" else {
            return .failure(.init(option: option, reason: "the keyval form of '\(option.spelling)' has no -readconfig group"))
        }
        if tree.wantsHelp { return .failure(.init(option: option, reason: "a help request is not a setting")) }
        let entries = tree.settings.map { QEMUConfigEntry(key: $0.key, value: $0.value) }
        return .success(QEMUConfigSection(group: group.name, id: nil, entries: entries))
    }

    private static func jsonSection(
        _ value: JSONValue, group: QEMUConfigGroup, option: QEMUOption
    ) -> Result<QEMUConfigSection, QEMUConfigConversionProblem> {
        guard case .object(let members) = value else {
            return .failure(.init(option: option, reason: "the JSON argument is not an object"))
        }
        var section = QEMUConfigSection(group: group.name)
        for member in members {
            let text: String
            switch member.value {
            case .string(let string): text = string
            case .number(let number): text = number.text
            case .bool(let flag): text = flag ? "on" : "off"
            default:
                return .failure(.init(option: option, reason: "the JSON member '\(member.key)' is not a string, number or boolean"))
            }
            if member.key == "id" { section.id = text } else { section.entries.append(QEMUConfigEntry(key: member.key, value: text)) }
        }
        return .success(section)
    }

    private static func repeatedKey(_ keys: [String]) -> String? {
        var seen: Set<String> = []
        return keys.first { !seen.insert($0).inserted }
    }
}

/// Why an option stays on the command line instead of moving into a `-readconfig` file.
public struct QEMUConfigConversionProblem: Error, Hashable, Sendable {
    /// The option.
    public var option: QEMUOption
    /// The reason, in one sentence.
    public var reason: String

    /// A problem with an option.
    public init(option: QEMUOption, reason: String) {
        self.option = option
        self.reason = reason
    }
}
