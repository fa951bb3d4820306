/// Top-level options: unknown, not for the target, not in the version, deprecated or removed
/// (grammar spec §10–§11).
enum QEMUOptionRules: QEMUCheckRule {
    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        context.options.flatMap { option -> [Diagnostic] in
            guard let info = option.option.info else { return [unknown(option, context)] }
            return availability(option, info, context)
        }
    }

    /// Options removed before 7.2, which the option table no longer has (grammar spec §11.3).
    private static let removedEarlier: [String: (removedIn: QEMUVersion, replacement: String?)] = [
        "no-quit": (QEMUVersion(7, 0), "-display …,window-close=off"), "enable-fips": (QEMUVersion(7, 1), nil),
        "writeconfig": (QEMUVersion(7, 1), nil), "alt-grab": (QEMUVersion(7, 1), "-display sdl,grab-mod=lshift-lctrl-lalt"),
        "ctrl-grab": (QEMUVersion(7, 1), "-display sdl,grab-mod=rctrl"), "sdl": (QEMUVersion(7, 1), "-display sdl"),
        "curses": (QEMUVersion(7, 1), "-display curses"), "soundhw": (QEMUVersion(7, 1), "-device … or -audio"),
        "watchdog": (QEMUVersion(7, 2), "-device <watchdog model>"),
    ]

    private static func unknown(_ option: QEMUCheckOption, _ context: QEMUCheckContext) -> Diagnostic {
        if let removed = removedEarlier[option.option.name], context.profile.version >= removed.removedIn {
            return Diagnostic(
                .error, "option '\(option.option.spelling)' was removed in QEMU \(removed.removedIn.shortDescription)",
                at: option.optionRange, rule: "option.removed", fix: removed.replacement.map { "use \($0)" })
        }
        let names = QEMUOptionTable.all.filter { isAvailable($0, context.profile) }.map(\.name)
        return Diagnostic(
            .error, "QEMU \(context.profile.version.shortDescription) has no option '\(option.option.spelling)'",
            at: option.optionRange, rule: "option.unknown"
        ).suggesting(option.option.name, among: names)
    }

    private static func isAvailable(_ info: QEMUOptionInfo, _ profile: QEMUCapabilityProfile) -> Bool {
        if let removed = info.availability.removedIn, profile.version >= removed { return false }
        if !info.availability.isIn7_2, QEMUVersion(profile.version.major, profile.version.minor) <= QEMUVersion.qemu7_2 { return false }
        return info.architectures.contains(QEMUArchitectureSet(targetName: profile.target) ?? .all)
    }

    private static func availability(_ option: QEMUCheckOption, _ info: QEMUOptionInfo, _ context: QEMUCheckContext) -> [Diagnostic] {
        let version = context.profile.version
        let release = QEMUVersion(version.major, version.minor)
        let spelling = option.option.spelling
        let availability = info.availability
        let fix = availability.replacement.map { "use \($0)" }
        if let target = QEMUArchitectureSet(targetName: context.profile.target), !info.architectures.isDisjoint(with: .all),
            info.architectures.isDisjoint(with: target)
        {
            return [Diagnostic(.error, "option '\(spelling)' does not exist for the \(context.profile.target) target", at: option.optionRange, rule: "option.not-for-target")]
        }
        if let removed = availability.removedIn, version >= removed {
            return [Diagnostic(.error, "option '\(spelling)' was removed in QEMU \(removed.shortDescription)", at: option.optionRange, rule: "option.removed", fix: fix)]
        }
        if !availability.isIn7_2, release <= QEMUVersion.qemu7_2 {
            return [Diagnostic(.error, "option '\(spelling)' does not exist in QEMU \(version.shortDescription)", at: option.optionRange, rule: "option.not-in-version")]
        }
        if !availability.isIn7_2, release < QEMUVersion.qemu10_2 {
            return [Diagnostic(.warning, "option '\(spelling)' was added after QEMU 7.2; QEMU \(version.shortDescription) may not have it", at: option.optionRange, rule: "option.not-in-version")]
        }
        if let deprecated = availability.deprecatedIn, version >= deprecated {
            return [Diagnostic(.warning, "option '\(spelling)' is deprecated since QEMU \(deprecated.shortDescription)", at: option.optionRange, rule: "option.deprecated", fix: fix)]
        }
        return []
    }
}
