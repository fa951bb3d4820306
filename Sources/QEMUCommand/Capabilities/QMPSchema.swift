/// The QAPI schema a QEMU binary reports with `query-qmp-schema`, indexed by entity name.
struct QMPSchema {
    private var entities: [String: JSONValue] = [:]

    /// Indexes the entities of a `query-qmp-schema` reply.
    init(_ reply: JSONValue) {
        for entity in reply.elements {
            if let name = entity["name"]?.stringValue { entities[name] = entity }
        }
    }

    /// The union taken by a command's arguments (`netdev_add`, `blockdev-add`, `object-add`), or by
    /// the member `member` of them (`chardev-add`'s `backend`); nil when the schema has no such union.
    func union(ofCommand command: String, member: String? = nil) -> QEMUSchemaUnion? {
        guard let argumentType = entities[command]?["arg-type"]?.stringValue, var union = entities[argumentType] else {
            return nil
        }
        if let member {
            guard let memberType = members(of: union).first(where: { $0.name == member })?.type,
                let nested = entities[memberType]
            else { return nil }
            union = nested
        }
        guard let tag = union["tag"]?.stringValue else { return nil }
        var common: [String: QEMUValueType] = [:]
        for member in members(of: union) where member.name != tag {
            common[member.name] = valueType(of: member.type)
        }
        var variants: [String: [String: QEMUValueType]] = [:]
        for variant in union["variants"]?.elements ?? [] {
            guard let name = variant["case"]?.stringValue, let typeName = variant["type"]?.stringValue else { continue }
            variants[name] = variantMembers(typeName)
        }
        return QEMUSchemaUnion(discriminator: tag, commonMembers: common, variants: QEMUCapabilityTable(variants))
    }

    /// Members of a variant; a QAPI "simple union" wrapper with one `data` member is unwrapped.
    private func variantMembers(_ typeName: String) -> [String: QEMUValueType] {
        guard let entity = entities[typeName] else { return [:] }
        var list = members(of: entity)
        if list.count == 1, list[0].name == "data", let wrapped = entities[list[0].type] {
            list = members(of: wrapped)
        }
        var result: [String: QEMUValueType] = [:]
        for member in list { result[member.name] = valueType(of: member.type) }
        return result
    }

    private func members(of entity: JSONValue) -> [(name: String, type: String)] {
        (entity["members"]?.elements ?? []).compactMap { member in
            guard let name = member["name"]?.stringValue, let type = member["type"]?.stringValue else { return nil }
            return (name, type)
        }
    }

    /// The value type of a schema type name (masked names are resolved through their entity).
    func valueType(of typeName: String) -> QEMUValueType {
        guard let entity = entities[typeName], let metaType = entity["meta-type"]?.stringValue else {
            return QEMUValueType(spelling: typeName)
        }
        switch metaType {
        case "builtin":
            switch typeName {
            case "any", "null", "QType": return .other(typeName)
            case "int": return .integerOrSize
            default: return QEMUValueType(spelling: typeName)
            }
        case "enum": return .enumeration(enumValues(entity))
        case "array": return .array
        case "object": return .object
        default: return .other(metaType)
        }
    }

    private func enumValues(_ entity: JSONValue) -> [String] {
        if let values = entity["values"]?.elements, !values.isEmpty { return values.compactMap(\.stringValue) }
        return (entity["members"]?.elements ?? []).compactMap { $0["name"]?.stringValue }
    }
}
