/// Keys and values of QemuOpts options whose parameters QEMU lists (`query-command-line-options`):
/// `-m`, `-chardev`, `-drive`, `-name`, `-rtc`, … (grammar spec §2.5).
enum QEMUOptionParameterRules: QEMUCheckRule {
    /// Groups checked by their own rules, or whose listed keys are not all the keys they take
    /// (`-drive` passes block-driver options through).
    private static let skippedGroups: Set<String> = ["device", "object", "netdev", "drive", "machine", "accel", "numa", "net", "nic"]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        context.options.filter { $0.form == .qemuOpts && !skippedGroups.contains($0.group) }.flatMap { option in
            guard let capability = context.profile.options[option.group], !capability.acceptsAnyKey else { return [Diagnostic]() }
            return option.settings.compactMap { setting in check(setting, of: option, capability, context) }
        }
    }

    private static func check(
        _ setting: QEMUCheckSetting, of option: QEMUCheckOption, _ capability: QEMUOptionCapability, _ context: QEMUCheckContext
    ) -> Diagnostic? {
        if setting.key == "id" || setting.key == "help" { return nil }
        guard var type = capability.parameters[setting.key] else {
            return Diagnostic(
                .error, "option '\(option.option.spelling)' has no parameter '\(setting.key)'", at: setting.range,
                rule: "option.unknown-parameter"
            ).suggesting(setting.key, among: capability.parameters.keys)
        }
        if option.group == "memory", setting.key == "size" {
            guard QEMUValueCheck.memorySize(setting.value, version: context.profile.version) == nil else { return nil }
            type = .size
        }
        guard let problem = QEMUValueCheck.problem(setting, type: type, version: context.profile.version) else { return nil }
        return Diagnostic(.error, problem.message, at: setting.valueRange, rule: problem.rule, fix: problem.fix)
    }
}
