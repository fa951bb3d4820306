/// Reads an option argument with the syntax QEMU uses for that option.
///
/// Diagnostics are positioned relative to the argument text (byte offsets from its start).
enum QEMUArgumentReader {
    static func read(_ text: String, as syntax: QEMUArgumentSyntax) -> (QEMUArgumentSyntaxTree?, [Diagnostic]) {
        switch syntax {
        case .flag, .plain:
            return (.plain(text), [])
        case .legacyChardev:
            return read { () throws(Diagnostic) in .legacyChardev(try QEMULegacyChardevSpec(parsing: text)) }
        case .cpu:
            return (.cpu(QEMUCPUArgument(parsing: text)), [])
        case .global:
            return (.global(QEMUGlobalArgument(parsing: text)), [])
        case .set:
            return read { () throws(Diagnostic) in .set(try QEMUSetArgument(parsing: text)) }
        case .qemuOpts(let group):
            return qemuOpts(text, impliedKey: impliedKey(of: group, for: text))
        case .keyval(let impliedKey):
            return keyval(text, impliedKey: impliedKey)
        case .jsonOrQEMUOpts(let group):
            return JSONArgument.isJSON(text) ? json(text) : qemuOpts(text, impliedKey: group.impliedKey)
        case .jsonOrKeyval(let impliedKey):
            return JSONArgument.isJSON(text) ? json(text) : keyval(text, impliedKey: impliedKey)
        case .netdev:
            return netdev(text)
        case .display:
            if text.hasPrefix("vnc=") { return qemuOpts(text, impliedKey: nil) }
            return JSONArgument.isJSON(text) ? json(text) : keyval(text, impliedKey: "type")
        }
    }

    /// `-vnc help` is a help request, not the implied display `help` (`vnc_parse()`).
    private static func impliedKey(of group: QEMUOptsGroup, for text: String) -> String? {
        if group.name == "vnc", text == "help" || text == "?" { return nil }
        return group.impliedKey
    }

    private static func qemuOpts(_ text: String, impliedKey: String?) -> (QEMUArgumentSyntaxTree?, [Diagnostic]) {
        let tree = QEMUOptsArgument(parsing: text, impliedKey: impliedKey)
        return (.qemuOpts(tree), shortFormBooleanWarnings(tree))
    }

    /// Runs a parser that may fail; a failure leaves the argument without a tree and reports why.
    private static func read(_ parse: () throws(Diagnostic) -> QEMUArgumentSyntaxTree) -> (QEMUArgumentSyntaxTree?, [Diagnostic]) {
        do {
            return (try parse(), [])
        } catch {
            return (nil, [error])
        }
    }

    private static func json(_ text: String) -> (QEMUArgumentSyntaxTree?, [Diagnostic]) {
        read { () throws(Diagnostic) in .json(try JSONArgument(parsing: text)) }
    }

    private static func keyval(_ text: String, impliedKey: String?) -> (QEMUArgumentSyntaxTree?, [Diagnostic]) {
        read { () throws(Diagnostic) in .keyval(try QEMUKeyvalArgument(parsing: text, impliedKey: impliedKey)) }
    }

    /// `-netdev`: JSON, keyval for the modern `stream`/`dgram` types, QemuOpts for the rest
    /// (`netdev_is_modern()`; the type is found by a QemuOpts pass first, so `,,` unescapes there).
    private static func netdev(_ text: String) -> (QEMUArgumentSyntaxTree?, [Diagnostic]) {
        if JSONArgument.isJSON(text) { return json(text) }
        let tree = QEMUOptsArgument(parsing: text, impliedKey: "type")
        if let type = tree.value(forKey: "type"), type == "stream" || type == "dgram" {
            return keyval(text, impliedKey: "type")
        }
        return (.qemuOpts(tree), shortFormBooleanWarnings(tree))
    }

    /// QemuOpts bare flags other than `help`/`?` are deprecated short-form booleans (QEMU 6.0).
    static func shortFormBooleanWarnings(_ tree: QEMUOptsArgument) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (position, element) in tree.elements.enumerated() {
            guard case .flag(let name) = element, name != "help", name != "?" else { continue }
            let setting = element.setting(impliedKey: tree.impliedKey)
            let offset = tree.spans.indices.contains(position) ? tree.spans[position].start : 0
            warnings.append(.warning(
                "short-form boolean option '\(name)' is deprecated", at: QEMUKeyvalParser.location(offset),
                rule: "qemuopts.short-form-boolean", fix: "write '\(setting.key)=\(setting.value)'"))
        }
        return warnings
    }
}
