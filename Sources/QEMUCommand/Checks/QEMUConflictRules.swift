/// Options that contradict each other: `-accel` with `-machine accel=`, and `-set` on a group it
/// cannot change or an id no QemuOpts option declares (`qemu_set_option()`).
enum QEMUConflictRules: QEMUCheckRule {
    /// Groups `-set` refuses (`is_qemuopts_group()`): they are not QemuOpts.
    private static let unsupportedSetGroups: Set<String> = ["object", "machine", "smp-opts", "boot-opts"]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        accel(context) + context.options.filter { $0.option.name == "set" }.compactMap { set($0, context) }
    }

    private static func accel(_ context: QEMUCheckContext) -> [Diagnostic] {
        guard !context.options(in: "accel").isEmpty, let setting = context.machineSettings.first(where: { $0.key == "accel" }) else { return [] }
        return [Diagnostic(
            .error, "The -accel and \"-machine accel=\" options are incompatible", at: setting.range, rule: "conflict.accel",
            fix: "drop accel= from -machine and give each accelerator as -accel NAME")]
    }

    private static func set(_ option: QEMUCheckOption, _ context: QEMUCheckContext) -> Diagnostic? {
        guard let text = option.option.argument?.text else { return nil }
        let argument: QEMUSetArgument
        do {
            argument = try QEMUSetArgument(parsing: text)
        } catch {
            return Diagnostic(.error, "-set can't parse '\(text)': \(error.message)", at: option.argumentRange, rule: "set.syntax", fix: error.fix ?? "write -set GROUP.ID.PROPERTY=VALUE")
        }
        let (group, id) = (argument.group, argument.id)
        if unsupportedSetGroups.contains(group) {
            return Diagnostic(.error, "-set is not supported with \(group)", at: option.argumentRange, rule: "set.unsupported-group", fix: "change the -\(group) option itself")
        }
        let declared = context.options(in: group)
        guard !declared.isEmpty || knownGroups.contains(group) else {
            return Diagnostic(.error, "there is no option group '\(group)'", at: option.argumentRange, rule: "set.unsupported-group")
                .suggesting(group, among: knownGroups)
        }
        guard declared.contains(where: { $0.form == .qemuOpts && $0.id == id }) else {
            let json = declared.contains { $0.form == .json && $0.id == id }
            return Diagnostic(
                .error, "there is no \(group) \"\(id)\" defined\(json ? " in QemuOpts form (-set cannot change a JSON option)" : "")",
                at: option.argumentRange, rule: "set.unknown-id")
        }
        return nil
    }

    /// Every QemuOpts group name in the option table.
    private static let knownGroups: Set<String> = Set(QEMUOptionTable.all.compactMap { info in
        switch info.syntax {
        case .qemuOpts(let group), .jsonOrQEMUOpts(let group): group.name
        case .netdev: "netdev"
        default: nil
        }
    })
}
