/// A `-readconfig` file: QEMU's INI format, kept line by line so it prints back byte for byte.
///
/// The format (grammar spec §7.1): `# comment` lines, empty lines, `[group]` or `[group "id"]`
/// section headers and `key = "value"` settings. Values have no escapes, so they cannot hold `"`
/// or a newline. ``init(sections:)`` writes sections in the layout `-writeconfig` used.
public struct QEMUConfigFile: Hashable, Sendable, Codable {
    /// The lines in order.
    public var lines: [QEMUConfigLine]
    /// Whether the last line ends with a newline.
    public var endsWithNewline: Bool

    /// Wraps lines.
    public init(lines: [QEMUConfigLine], endsWithNewline: Bool = true) {
        self.lines = lines
        self.endsWithNewline = endsWithNewline
    }

    /// Parses a file, reporting the first line QEMU rejects or would misread, with its position.
    public init(parsing text: String, fileName: String = "-") throws(Diagnostic) {
        let source = SourceText(text, fileName: fileName)
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        endsWithNewline = pieces.last == ""
        if endsWithNewline { pieces.removeLast() }
        lines = []
        var lineOffset = 0
        var hasSection = false
        for piece in pieces {
            var reader = QEMUConfigLineReader(piece)
            let kind: QEMUConfigLineKind
            do throws(QEMUConfigLineError) {
                kind = try reader.read()
            } catch {
                throw .error(error.message, at: source.location(ofOffset: lineOffset + error.offset), rule: "readconfig.syntax", fix: error.fix)
            }
            if case .section = kind { hasSection = true }
            if case .entry = kind, !hasSection {
                throw .error(
                    "no group defined: a setting comes before any [group] header", at: source.location(ofOffset: lineOffset),
                    rule: "readconfig.no-group", fix: "add a section header such as [device \"id\"] above it")
            }
            lines.append(QEMUConfigLine(text: piece, kind: kind))
            lineOffset += piece.utf8.count + 1
        }
    }

    /// Writes sections in `-writeconfig`'s layout: a `# qemu config file` header, then each section
    /// with its settings indented by two spaces and followed by an empty line.
    ///
    /// - Throws: a diagnostic naming the section when a name or value cannot be written in the format.
    public init(sections: [QEMUConfigSection]) throws(Diagnostic) {
        lines = [QEMUConfigLine(text: "# qemu config file", kind: .comment), QEMUConfigLine(text: "", kind: .blank)]
        endsWithNewline = true
        for section in sections {
            try Self.checkName(section.group, in: section, what: "group name")
            if let id = section.id { try Self.checkValue(id, in: section, what: "id", maximum: QEMUConfigLineReader.maximumNameLength) }
            let header = section.id.map { "[\(section.group) \"\($0)\"]" } ?? "[\(section.group)]"
            lines.append(QEMUConfigLine(text: header, kind: .section(group: section.group, id: section.id)))
            for entry in section.entries {
                try Self.checkName(entry.key, in: section, what: "key")
                try Self.checkValue(entry.value, in: section, what: "value of '\(entry.key)'", maximum: 1000)
                let text = "  \(entry.key) = \"\(entry.value)\""
                lines.append(QEMUConfigLine(text: text, kind: .entry(key: entry.key, value: entry.value)))
            }
            lines.append(QEMUConfigLine(text: "", kind: .blank))
        }
    }

    private static func checkName(_ name: String, in section: QEMUConfigSection, what: String) throws(Diagnostic) {
        let bad = name.isEmpty || name.utf8.count > QEMUConfigLineReader.maximumNameLength
            || name.utf8.contains(where: { QEMUConfigLineReader.isWhitespace($0) || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "]") })
        guard bad else { return }
        throw problem("the \(what) '\(name)' cannot be written in a -readconfig file (1 to 63 bytes, no blanks, '=', '\"' or ']')", section)
    }

    private static func checkValue(_ value: String, in section: QEMUConfigSection, what: String, maximum: Int) throws(Diagnostic) {
        if value.utf8.contains(UInt8(ascii: "\"")) || value.utf8.contains(UInt8(ascii: "\n")) {
            throw problem("the \(what) holds '\"' or a newline, which -readconfig cannot express", section)
        }
        if value.utf8.count > maximum || (what == "id" && value.isEmpty) {
            throw problem("the \(what) is too long or empty for -readconfig (at most \(maximum) bytes)", section)
        }
    }

    private static func problem(_ message: String, _ section: QEMUConfigSection) -> Diagnostic {
        let name = section.id.map { "[\(section.group) \"\($0)\"]" } ?? "[\(section.group)]"
        return .error("\(name): \(message)", at: .start, rule: "readconfig.unwritable", fix: "keep this option on the command line")
    }

    /// The file printed back; byte-identical to the parsed text.
    public var text: String {
        lines.map(\.text).joined(separator: "\n") + (endsWithNewline && !lines.isEmpty ? "\n" : "")
    }

    /// The sections in order, each with the settings that follow its header.
    public var sections: [QEMUConfigSection] {
        var sections: [QEMUConfigSection] = []
        for (number, line) in lines.enumerated() {
            switch line.kind {
            case .section(let group, let id):
                var section = QEMUConfigSection(group: group, id: id)
                section.headerLine = number
                sections.append(section)
            case .entry(let key, let value):
                guard !sections.isEmpty else { continue }
                sections[sections.count - 1].entries.append(QEMUConfigEntry(key: key, value: value))
            case .blank, .comment:
                continue
            }
        }
        return sections
    }
}
