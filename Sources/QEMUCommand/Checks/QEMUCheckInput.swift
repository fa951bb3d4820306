import Foundation

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
            if let text = option.argument?.text, JSONArgument.isJSON(text),
                option.info?.syntax.acceptsJSON == true || checked.group == "chardev"
            {
                checked.form = .json
                do {
                    let value = try JSONDecoder().decode(QMPReplyValue.self, from: Data(text.utf8))
                    checked.settings = jsonSettings(value, prefix: "", range: argumentRange)
                } catch {
                    diagnostics.append(Diagnostic(
                        .error, "the JSON argument of \(option.spelling) is not valid JSON", at: argumentRange,
                        rule: "syntax.json"))
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

    private static func jsonSettings(_ value: QMPReplyValue, prefix: String, range: SourceRange) -> [QEMUCheckSetting] {
        func leaf(_ key: String, _ text: String, _ form: QEMUCheckSetting.Form) -> [QEMUCheckSetting] {
            [QEMUCheckSetting(key: key, value: text, form: form, range: range, valueRange: range)]
        }
        switch value {
        case .object(let members):
            return members.keys.sorted().flatMap { key in
                let path = prefix.isEmpty ? key : prefix + "." + key
                guard let member = members[key] else { return [QEMUCheckSetting]() }
                return jsonSettings(member, prefix: path, range: range)
            } + (prefix.isEmpty ? [] : leaf(prefix, "", .jsonStructure))
        case .array(let elements):
            return elements.enumerated().flatMap { index, element in
                jsonSettings(element, prefix: "\(prefix).\(index)", range: range)
            } + leaf(prefix, "", .jsonStructure)
        case .string(let text): return leaf(prefix, text, .jsonString)
        case .bool(let flag): return leaf(prefix, flag ? "on" : "off", .jsonBool)
        case .number(let number):
            let text = Int64(exactly: number).map(String.init) ?? String(number)
            return leaf(prefix, text, .jsonNumber)
        case .null: return leaf(prefix, "", .jsonStructure)
        }
    }
}

extension QEMUArgumentSyntax {
    /// Whether an argument starting with `{` is read as JSON.
    var acceptsJSON: Bool {
        switch self {
        case .jsonOrQEMUOpts, .jsonOrKeyval, .netdev, .display: true
        default: false
        }
    }
}
