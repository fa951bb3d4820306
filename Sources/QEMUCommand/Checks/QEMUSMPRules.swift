/// `-smp`: keyval whose keys are the machine's `smp` members, each an integer (grammar spec §6.2).
enum QEMUSMPRules: QEMUCheckRule {
    /// The `SMPConfiguration` members of a release.
    static func keys(for version: QEMUVersion) -> Set<String> {
        var keys: Set<String> = ["cpus", "sockets", "dies", "clusters", "cores", "threads", "maxcpus"]
        if version >= QEMUVersion(8, 2) { keys.formUnion(["drawers", "books"]) }
        if version >= QEMUVersion(9, 0) { keys.insert("modules") }
        return keys
    }

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        let known = keys(for: context.profile.version)
        return context.options(in: "smp").filter { $0.form == .keyval }.flatMap(\.settings).compactMap { setting in
            guard known.contains(setting.key) else {
                return Diagnostic(.error, "Parameter 'smp.\(setting.key)' is unexpected", at: setting.range, rule: "smp.unknown-parameter")
                    .suggesting(setting.key, among: known)
            }
            guard QEMUValueCheck.integer(setting.value, signed: false, bits: 64) == nil else { return nil }
            return Diagnostic(.error, "Parameter 'smp.\(setting.key)' expects integer, not '\(setting.value)'", at: setting.valueRange, rule: "value.integer", fix: "write a number of CPUs such as \(setting.key)=2")
        }
    }
}
