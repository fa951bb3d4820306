/// Turns a parsed command line into the options the checks read: each argument flattened into
/// settings with source ranges, whatever syntax it was written in.
enum QEMUCheckInput {
    /// The options of `result`, in command-line order, and problems met while reading JSON arguments.
    static func options(of result: QEMUParseResult) -> (options: [QEMUCheckOption], diagnostics: [Diagnostic]) {
        var options: [QEMUCheckOption] = []
        var diagnostics: [Diagnostic] = []
        for (index, item) in result.commandLine.items.enumerated() {
            guard let option = item.option else { continue }
            let source = result.itemSources[index]
            let argumentRange = (source.argumentWord ?? source.word).range
            var checked = QEMUCheckOption(
                index: index, option: option, group: group(of: option), form: .plain, settings: [],
                optionRange: source.word.range, argumentRange: argumentRange)
            if case .json(let tree)? = option.argument?.syntax {
                checked.form = .json
                checked.settings = jsonSettings(tree.root, prefix: "", in: result, item: index)
            } else if checked.group == "chardev", let text = option.argument?.text, JSONArgument.isJSON(text) {
                checked.form = .json
                do {
                    checked.settings = jsonSettings(try JSONArgument(parsing: text).root, prefix: "", in: result, item: index)
                } catch {
                    diagnostics.append(result.relocate(error, inItem: index))
                }
            } else if case .qemuOpts(let tree)? = option.argument?.syntax {
                checked.form = .qemuOpts
                checked.settings = settings(of: tree, in: result, item: index)
            } else if case .keyval(let tree)? = option.argument?.syntax {
                checked.form = .keyval
                checked.settings = settings(of: tree, in: result, item: index)
            }
            options.append(checked)
        }
        return (options, diagnostics)
    }

    /// The group an option is filed under.
    static func group(of option: QEMUOption) -> String {
        switch option.info?.syntax {
        case .qemuOpts(let group), .jsonOrQEMUOpts(let group): group.name
        case .netdev: "netdev"
        default: option.name == "M" ? "machine" : option.name
        }
    }

    private static func range(_ start: Int, _ end: Int, in result: QEMUParseResult, item: Int) -> SourceRange {
        SourceRange(
            start: result.location(ofArgumentOffset: start, inItem: item),
            end: result.location(ofArgumentOffset: end, inItem: item))
    }

    private static func settings(of tree: QEMUOptsArgument, in result: QEMUParseResult, item: Int) -> [QEMUCheckSetting] {
        tree.elements.enumerated().map { position, element in
            let setting = element.setting(impliedKey: tree.impliedKey)
            let span = tree.spans.indices.contains(position) ? tree.spans[position] : QEMUOptsSpan(start: 0, valueStart: 0, end: 0)
            var form = QEMUCheckSetting.Form.text
            if case .flag = element { form = .shortBoolean }
            return QEMUCheckSetting(
                key: setting.key, value: setting.value, form: form,
                range: range(span.start, span.end, in: result, item: item),
                valueRange: range(span.valueStart, span.end, in: result, item: item))
        }
    }

    private static func settings(of tree: QEMUKeyvalArgument, in result: QEMUParseResult, item: Int) -> [QEMUCheckSetting] {
        tree.elements.enumerated().compactMap { position, element in
            let span = tree.spans.indices.contains(position) ? tree.spans[position] : QEMUOptsSpan(start: 0, valueStart: 0, end: 0)
            let key: String
            let value: String
            switch element {
            case .implied(let implied):
                key = tree.impliedKey ?? ""
                value = implied
            case .pair(let pairKey, let pairValue):
                key = pairKey
                value = pairValue
            case .help:
                return nil
            }
            return QEMUCheckSetting(
                key: key, value: value, form: .text, range: range(span.start, span.end, in: result, item: item),
                valueRange: range(span.valueStart, span.end, in: result, item: item))
        }
    }

    /// Leaves of a JSON argument as settings with dotted keys (`backend.type`); objects and arrays
    /// below the top level also get a setting of their own.
    private static func jsonSettings(_ node: JSONSyntaxNode, prefix: String, in result: QEMUParseResult, item: Int) -> [QEMUCheckSetting] {
        let nodeRange = node.range.map { range($0.lowerBound, $0.upperBound, in: result, item: item) }
            ?? result.itemSources[item].argumentWord?.range ?? result.itemSources[item].word.range
        func leaf(_ text: String, _ form: QEMUCheckSetting.Form) -> [QEMUCheckSetting] {
            [QEMUCheckSetting(key: prefix, value: text, form: form, range: nodeRange, valueRange: nodeRange)]
        }
        switch node.kind {
        case .object(let members, _):
            return members.flatMap { member in
                jsonSettings(member.value, prefix: prefix.isEmpty ? member.key.value : prefix + "." + member.key.value, in: result, item: item)
            } + (prefix.isEmpty ? [] : leaf("", .jsonStructure))
        case .array(let elements, _):
            return elements.enumerated().flatMap { position, element in
                jsonSettings(element, prefix: "\(prefix).\(position)", in: result, item: item)
            } + leaf("", .jsonStructure)
        case .string(let token): return leaf(token.value, .jsonString)
        case .bool(let flag): return leaf(flag ? "on" : "off", .jsonBool)
        case .number(let number): return leaf(number.text, .jsonNumber)
        case .null: return leaf("", .jsonStructure)
        }
    }
}
