/// `-machine`: the type exists, its properties exist with the right types, and list-valued keys are
/// not split across several `-machine` options (`keyval_merge()` refuses to merge lists).
enum QEMUMachineRules: QEMUCheckRule {
    /// Keys `-machine` takes that are not machine properties (moved to `-accel` or handled by vl.c).
    private static let nonPropertyKeys: Set<String> = ["type", "accel", "kernel-irqchip", "kernel_irqchip", "kvm-shadow-mem", "kvm_shadow_mem", "help"]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let typeSetting = context.machineTypeSetting, typeSetting.value != "help", typeSetting.value != "?" {
            if context.machine == nil {
                let names = context.profile.machines.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) }
                diagnostics.append(Diagnostic(
                    .error, "QEMU \(context.profile.version.shortDescription) (\(context.profile.target)) has no machine type '\(typeSetting.value)'",
                    at: typeSetting.valueRange, rule: "machine.unknown"
                ).suggesting(typeSetting.value, among: names))
                return diagnostics
            }
            if let machine = context.machine, machine.isDeprecated {
                diagnostics.append(Diagnostic(.warning, "machine type '\(machine.name)' is deprecated in QEMU \(context.profile.version.shortDescription)", at: typeSetting.valueRange, rule: "machine.deprecated", fix: "use a newer machine type, e.g. '\(machine.alias ?? "q35")'"))
            }
        }
        guard let machine = context.machine else { return diagnostics }
        diagnostics += properties(machine, context)
        diagnostics += splitLists(context)
        return diagnostics
    }

    private static func properties(_ machine: QEMUMachineCapability, _ context: QEMUCheckContext) -> [Diagnostic] {
        let owner = QEMUPropertyCheck.Owner(
            kind: "machine", type: machine.name, properties: machine.properties,
            facts: context.facts(about: machine.name + "-machine"))
        var diagnostics: [Diagnostic] = []
        var unjudged: [QEMUCheckSetting] = []
        for setting in context.machineSettings {
            let name = QEMUDeviceRules.propertyName(setting.key)
            if nonPropertyKeys.contains(name) { continue }
            if let diagnostic = QEMUPropertyCheck.check(setting, property: name, owner: owner, version: context.profile.version) {
                diagnostics.append(diagnostic)
            } else if owner.properties == nil, !owner.facts.contains(where: { $0.property == name }) {
                unjudged.append(setting)
            }
        }
        if let first = unjudged.first {
            diagnostics.append(Diagnostic(
                .warning, "cannot check the properties of machine '\(machine.name)': the \(context.profile.name) profile does not list them",
                at: first.range, rule: "machine.properties-unknown", fix: "check against the binary itself with --qemu PATH"))
        }
        return diagnostics
    }

    /// A list-valued key (`cxl-fmw.0…`) given in more than one `-machine` option: QEMU 7.2 stops with
    /// "Parameters 'cxl-fmw.*' used inconsistently".
    private static func splitLists(_ context: QEMUCheckContext) -> [Diagnostic] {
        var firstOption: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for option in context.options(in: "machine") where option.form == .keyval {
            var reported = Set<String>()
            for setting in option.settings {
                let parts = setting.key.split(separator: ".")
                guard parts.count >= 2, Int(parts[1]) != nil else { continue }
                let list = String(parts[0])
                if let first = firstOption[list], first != option.index, !reported.contains(list) {
                    reported.insert(list)
                    diagnostics.append(Diagnostic(
                        .error, "Parameters '\(list).*' used inconsistently: the '\(list)' list is split across several -machine options, which QEMU cannot merge",
                        at: setting.range, rule: "machine.split-list", fix: "give every '\(list).N' key in one -machine option"))
                } else if firstOption[list] == nil {
                    firstOption[list] = option.index
                }
            }
        }
        return diagnostics
    }
}
