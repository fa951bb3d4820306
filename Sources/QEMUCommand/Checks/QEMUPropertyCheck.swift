/// Checks one property setting of a device, object or machine against what the profile knows.
enum QEMUPropertyCheck {
    /// What the property belongs to, for messages and rule ids (`device.unknown-property`, …).
    struct Owner {
        /// `device`, `object` or `machine`.
        var kind: String
        /// The type name, such as `cxl-type3`.
        var type: String
        /// Its properties; nil when unknown.
        var properties: QEMUPropertyList?
        /// Documented facts about its properties.
        var facts: [QEMUPropertyFact]
    }

    /// The problem with setting `property` (its first key component) on `owner`, nil when there is none or
    /// it cannot be judged (unknown properties are reported once per owner by the caller).
    static func check(_ setting: QEMUCheckSetting, property: String, owner: Owner, version: QEMUVersion) -> Diagnostic? {
        let type = owner.properties?[property] ?? owner.facts.first { $0.property == property && $0.since <= version }?.type
        if let type {
            guard property == setting.key, let problem = QEMUValueCheck.problem(setting, type: type, version: version) else { return nil }
            return Diagnostic(.error, "\(owner.type): \(problem.message)", at: setting.valueRange, rule: problem.rule, fix: problem.fix)
        }
        if let fact = owner.facts.first(where: { $0.property == property && $0.since > version }) {
            let fix = fact.olderReplacement.map { "use \($0)= (QEMU \(version.shortDescription) has no \(property)=)" }
                ?? "use QEMU \(fact.since.shortDescription) or later"
            return Diagnostic(
                .error, "'\(owner.type)' has no property '\(property)' in QEMU \(version.shortDescription); it was added in \(fact.since.shortDescription)",
                at: setting.range, rule: "\(owner.kind).property-too-new", fix: fix)
        }
        guard let properties = owner.properties else { return nil }
        let candidates = Set(properties.types.keys).union(owner.facts.filter { $0.since <= version }.map(\.property))
        if properties.isComplete {
            return Diagnostic(.error, "'\(owner.type)' has no property '\(property)'", at: setting.range, rule: "\(owner.kind).unknown-property")
                .suggesting(property, among: candidates)
        }
        return Diagnostic(
            .warning, "cannot verify property '\(property)' of '\(owner.type)': the profile lists only some of its properties",
            at: setting.range, rule: "\(owner.kind).unverified-property"
        ).suggesting(property, among: candidates)
    }
}
