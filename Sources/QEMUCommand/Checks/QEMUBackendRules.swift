/// `-netdev`, `-chardev` and `-blockdev`: the backend or driver exists and takes the keys given
/// (the QAPI unions of `netdev_add`, `chardev-add` and `blockdev-add`; `-chardev`'s own QemuOpts keys).
enum QEMUBackendRules: QEMUCheckRule {
    /// `-chardev` spellings QEMU maps to another backend, with the release that removed them.
    private static let chardevAliases: [String: (backend: String, removedIn: QEMUVersion)] = [
        "tty": ("serial", QEMUVersion(8, 0)), "parport": ("parallel", QEMUVersion(8, 0)),
    ]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        netdevs(context) + chardevs(context) + blockdevs(context)
    }

    private static func netdevs(_ context: QEMUCheckContext) -> [Diagnostic] {
        guard let union = context.profile.netdev else { return [] }
        let backends = union.variantNames.filter { $0 != "nic" && $0 != "none" }
        return context.options(in: "netdev").flatMap { netdev -> [Diagnostic] in
            guard let typeSetting = netdev.setting("type") else {
                return [Diagnostic(.error, "-netdev needs a backend type: Parameter 'type' is missing", at: netdev.argumentRange, rule: "netdev.missing-type", fix: "start with the backend, e.g. -netdev user,id=net0")]
            }
            let type = typeSetting.value
            if type == "help" { return [] }
            guard backends.contains(type), let members = union.members(of: type) else {
                return [Diagnostic(.error, "QEMU \(context.profile.version.shortDescription) has no netdev backend '\(type)'", at: typeSetting.valueRange, rule: "netdev.unknown-backend")
                    .suggesting(type, among: backends)]
            }
            var diagnostics = keys(netdev, ignoring: ["type"], members: members, owner: "netdev \(type)", rule: "netdev.unknown-parameter", context)
            if netdev.id == nil {
                diagnostics.append(Diagnostic(.error, "-netdev needs an id: Parameter 'id' is missing", at: netdev.argumentRange, rule: "id.missing", fix: "add id=NAME and refer to it with netdev=NAME"))
            }
            return diagnostics
        }
    }

    private static func chardevs(_ context: QEMUCheckContext) -> [Diagnostic] {
        guard let union = context.profile.chardev else { return [] }
        let parameters = context.profile.options["chardev"]?.parameters ?? [:]
        return context.options(in: "chardev").flatMap { chardev -> [Diagnostic] in
            if chardev.form == .json { return jsonChardev(chardev, union, context) }
            guard let backendSetting = chardev.setting("backend") else {
                return [Diagnostic(.error, "-chardev needs a backend: Parameter 'backend' is missing", at: chardev.argumentRange, rule: "chardev.missing-backend", fix: "start with the backend, e.g. -chardev socket,id=c0,…")]
            }
            var diagnostics: [Diagnostic] = []
            let backend = backendSetting.value
            if backend == "help" { return [] }
            if let alias = chardevAliases[backend] {
                let removed = context.profile.version >= alias.removedIn
                diagnostics.append(Diagnostic(
                    removed ? .error : .warning,
                    "chardev backend '\(backend)' \(removed ? "was removed in QEMU \(alias.removedIn.shortDescription)" : "is deprecated")",
                    at: backendSetting.valueRange, rule: removed ? "chardev.unknown-backend" : "chardev.deprecated-backend", fix: "use '\(alias.backend)'"))
            } else if !union.variants.contains(backend) {
                diagnostics.append(Diagnostic(.error, "QEMU \(context.profile.version.shortDescription) has no chardev backend '\(backend)'", at: backendSetting.valueRange, rule: "chardev.unknown-backend")
                    .suggesting(backend, among: union.variantNames))
            }
            if chardev.id == nil {
                diagnostics.append(Diagnostic(.error, "-chardev needs an id: chardev: no id specified", at: chardev.argumentRange, rule: "id.missing", fix: "add id=NAME"))
            }
            if !parameters.isEmpty {
                diagnostics += keys(chardev, ignoring: ["backend", "id"], members: parameters, owner: "-chardev", rule: "chardev.unknown-parameter", context)
            }
            return diagnostics
        }
    }

    /// JSON `-chardev` (`{"id":…,"backend":{"type":…,"data":{…}}}`, the `chardev-add` arguments).
    private static func jsonChardev(_ chardev: QEMUCheckOption, _ union: QEMUSchemaUnion, _ context: QEMUCheckContext) -> [Diagnostic] {
        guard let type = chardev.setting("backend.type") else {
            return [Diagnostic(.error, "JSON -chardev needs backend.type", at: chardev.argumentRange, rule: "chardev.missing-backend")]
        }
        guard union.variants.contains(type.value) else {
            return [Diagnostic(.error, "QEMU \(context.profile.version.shortDescription) has no chardev backend '\(type.value)'", at: type.valueRange, rule: "chardev.unknown-backend")
                .suggesting(type.value, among: union.variantNames)]
        }
        return []
    }

    private static func blockdevs(_ context: QEMUCheckContext) -> [Diagnostic] {
        guard let union = context.profile.blockdev else { return [] }
        return context.options(in: "blockdev").flatMap { blockdev -> [Diagnostic] in
            guard let driverSetting = blockdev.setting("driver") else {
                return [Diagnostic(.error, "-blockdev needs a driver: Parameter 'driver' is missing", at: blockdev.argumentRange, rule: "blockdev.missing-driver")]
            }
            let driver = driverSetting.value
            guard let members = union.members(of: driver) else {
                return [Diagnostic(.error, "QEMU \(context.profile.version.shortDescription) has no block driver '\(driver)'", at: driverSetting.valueRange, rule: "blockdev.unknown-driver")
                    .suggesting(driver, among: union.variantNames)]
            }
            let topLevel = blockdev.settings.filter { !$0.key.contains(".") }
            var copy = blockdev
            copy.settings = topLevel
            return keys(copy, ignoring: ["driver"], members: members, owner: "block driver \(driver)", rule: "blockdev.unknown-parameter", context)
        }
    }

    /// Unknown keys (first component) and values of the wrong type.
    private static func keys(
        _ option: QEMUCheckOption, ignoring ignored: Set<String>, members: [String: QEMUValueType], owner: String, rule: String,
        _ context: QEMUCheckContext
    ) -> [Diagnostic] {
        option.settings.compactMap { setting in
            let name = QEMUDeviceRules.propertyName(setting.key)
            if ignored.contains(name) || name == "help" { return nil }
            guard let type = members[name] else {
                return Diagnostic(.error, "\(owner) has no parameter '\(name)'", at: setting.range, rule: rule)
                    .suggesting(name, among: members.keys)
            }
            guard name == setting.key, let problem = QEMUValueCheck.problem(setting, type: type, version: context.profile.version) else { return nil }
            return Diagnostic(.error, problem.message, at: setting.valueRange, rule: problem.rule, fix: problem.fix)
        }
    }
}
