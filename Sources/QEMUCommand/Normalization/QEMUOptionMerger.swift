/// Merges repeated occurrences of one option QEMU merges itself (`-machine`, `-smp`, `-boot` are
/// keyval merged into the machine options; `-m` is a merge_lists QemuOpts group).
///
/// The merged argument holds each key once, where it was first written, with the value QEMU uses
/// (the last one). The implied value of a later occurrence becomes `key=value`.
struct QEMUOptionMerger {
    let optionName: String

    func merge(_ items: [QEMUCommandLineItem]) -> [QEMUCommandLineItem] {
        var result: [QEMUCommandLineItem] = []
        var run: [Int] = []  // indices in `result` of the current run of mergeable occurrences
        for item in items {
            if let option = item.option, option.name == "readconfig" { run = [] }
            guard let option = item.option, canonicalName(option) == optionName, settings(of: option) != nil else {
                result.append(item)
                continue
            }
            if let first = run.first, let merged = merged(result[first], item) {
                result[first] = merged
            } else {
                run = [result.count]
                result.append(item)
            }
        }
        return result
    }

    private func canonicalName(_ option: QEMUOption) -> String {
        option.name == "M" ? "machine" : option.name
    }

    /// The settings of an occurrence in order, or `nil` when it cannot take part in a merge.
    private func settings(of option: QEMUOption) -> [(key: String, value: String)]? {
        switch option.argument?.syntax {
        case .keyval(let tree) where !tree.wantsHelp: tree.settings
        case .qemuOpts(let tree) where !tree.elements.contains(where: { if case .flag = $0 { true } else { false } }) && tree.id == nil:
            tree.settings
        default: nil
        }
    }

    private func merged(_ firstItem: QEMUCommandLineItem, _ nextItem: QEMUCommandLineItem) -> QEMUCommandLineItem? {
        guard let first = firstItem.option, let next = nextItem.option,
              let firstSettings = settings(of: first), let nextSettings = settings(of: next),
              listRoots(firstSettings).isDisjoint(with: listRoots(nextSettings)) else { return nil }
        var keys: [String] = []
        var values: [String: String] = [:]
        for setting in firstSettings + nextSettings {
            if values[setting.key] == nil { keys.append(setting.key) }
            values[setting.key] = setting.value
        }
        let pairs = keys.map { (key: $0, value: values[$0] ?? "") }
        var option = first
        switch first.argument?.syntax {
        case .keyval(let tree):
            let elements = pairs.enumerated().map { position, pair -> QEMUKeyvalElement in
                position == 0 && pair.key == tree.impliedKey ? .implied(value: pair.value) : .pair(key: pair.key, value: pair.value)
            }
            option.argument = QEMUOptionArgument(.keyval(QEMUKeyvalArgument(impliedKey: tree.impliedKey, elements: elements)))
        case .qemuOpts(let tree):
            let elements = pairs.enumerated().map { position, pair -> QEMUOptsElement in
                position == 0 && pair.key == tree.impliedKey && !pair.value.isEmpty ? .implied(value: pair.value) : .pair(key: pair.key, value: pair.value)
            }
            option.argument = QEMUOptionArgument(.qemuOpts(QEMUOptsArgument(impliedKey: tree.impliedKey, elements: elements)))
        default:
            return nil
        }
        return .option(option)
    }

    /// The keys that hold list elements (`cxl-fmw` for `cxl-fmw.0.size`): the path before the first index.
    private func listRoots(_ settings: [(key: String, value: String)]) -> Set<String> {
        var roots: Set<String> = []
        for setting in settings {
            let parts = setting.key.split(separator: ".", omittingEmptySubsequences: false)
            if let index = parts.firstIndex(where: { !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                roots.insert(parts[..<index].joined(separator: "."))
            }
        }
        return roots
    }
}
