/// `-object`: the type exists in the version and its properties exist with the right types
/// (QEMU validates `-object` against the QAPI `ObjectOptions` union).
enum QEMUObjectRules: QEMUCheckRule {
    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        context.options(in: "object").flatMap { object -> [Diagnostic] in
            guard let typeSetting = object.setting("qom-type") else {
                return [Diagnostic(.error, "-object needs a type: Parameter 'qom-type' is missing", at: object.argumentRange, rule: "object.missing-type", fix: "start the argument with the object type, e.g. -object memory-backend-ram,…")]
            }
            let type = typeSetting.value
            if type == "help" || type == "?" || object.value("help") != nil { return [] }
            guard let capability = context.profile.objects[type] else {
                return [Diagnostic(
                    .error, "QEMU \(context.profile.version.shortDescription) has no object type '\(type)'",
                    at: typeSetting.valueRange, rule: "object.unknown"
                ).suggesting(type, among: context.profile.objects.keys)]
            }
            if object.id == nil {
                return [Diagnostic(.error, "-object \(type) needs an id: Parameter 'id' is missing", at: object.argumentRange, rule: "id.missing", fix: "add id=NAME")]
            }
            let owner = QEMUPropertyCheck.Owner(kind: "object", type: type, properties: capability.properties, facts: context.facts(about: type))
            return object.settings.filter { !["qom-type", "id"].contains($0.key) }.compactMap {
                QEMUPropertyCheck.check($0, property: QEMUDeviceRules.propertyName($0.key), owner: owner, version: context.profile.version)
            }
        }
    }
}
