/// Ids: well-formed (`[A-Za-z][A-Za-z0-9._-]*`, `id_wellformed()`), unique per namespace, and not
/// given to merged option groups (grammar spec §2.2).
enum QEMUIdentifierRules: QEMUCheckRule {
    /// An id and where it was given.
    struct Declaration {
        /// The namespace: `device`, `object`, `chardev`, `netdev`, `block`, `mon`.
        var namespace: String
        /// The id.
        var id: String
        /// The option that declares it.
        var option: QEMUCheckOption
        /// Where the id is written.
        var range: SourceRange
    }

    /// Group → namespace of the ids it declares; `-blockdev` declares `node-name`.
    private static let namespaces: [String: String] = [
        "device": "device", "object": "object", "chardev": "chardev", "netdev": "netdev", "nic": "netdev",
        "drive": "block", "blockdev": "block", "mon": "mon",
    ]

    /// Every id the command line declares, in command-line order.
    static func declarations(_ context: QEMUCheckContext) -> [Declaration] {
        context.options.compactMap { option in
            guard let namespace = namespaces[option.group] else { return nil }
            let key = option.group == "blockdev" ? "node-name" : "id"
            guard let setting = option.settings.first(where: { $0.key == key }) else { return nil }
            return Declaration(namespace: namespace, id: setting.value, option: option, range: setting.valueRange)
        }
    }

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Set<String>] = [:]
        for declaration in declarations(context) {
            if !isWellFormed(declaration.id) {
                diagnostics.append(Diagnostic(
                    .error, "'\(declaration.id)' is not a valid id: Parameter 'id' expects an identifier",
                    at: declaration.range, rule: "id.malformed",
                    fix: "start with a letter and use only letters, digits, '.', '_' and '-'"))
            } else if seen[declaration.namespace, default: []].contains(declaration.id) {
                diagnostics.append(Diagnostic(
                    .error, "duplicate id '\(declaration.id)' for \(declaration.namespace)", at: declaration.range, rule: "id.duplicate",
                    fix: "give each \(declaration.namespace) its own id"))
            }
            seen[declaration.namespace, default: []].insert(declaration.id)
        }
        return diagnostics + mergedGroupIDs(context)
    }

    /// `id=` on an option whose occurrences QEMU merges (`-m`, `-name`, …) is `Invalid parameter 'id'`.
    private static func mergedGroupIDs(_ context: QEMUCheckContext) -> [Diagnostic] {
        context.options.compactMap { option in
            guard case .qemuOpts(let group) = option.option.info?.syntax, group.mergesLists,
                let setting = option.settings.first(where: { $0.key == "id" })
            else { return nil }
            return Diagnostic(.error, "option '\(option.option.spelling)' takes no id: Invalid parameter 'id'", at: setting.range, rule: "id.not-allowed", fix: "remove id=")
        }
    }

    /// `[A-Za-z][A-Za-z0-9._-]*`.
    static func isWellFormed(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
