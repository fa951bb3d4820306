/// Reading the stored form of a profile (the JSON ``QEMUCapabilityProfile/jsonData()`` writes, the
/// same as its `Codable` form) with ``QEMUProfileJSONReader``, with the rules of the `Codable` form:
/// unknown members are skipped, a missing list of words is empty, any other missing member that is
/// not optional is an error.
extension QEMUCapabilityProfile {
    /// Reads a stored profile.
    static func read(storedJSON bytes: [UInt8]) throws(QEMUProfileReadError) -> QEMUCapabilityProfile {
        var reader = QEMUProfileJSONReader(bytes)
        var members = StoredMembers()
        try reader.readObject { reader, key throws(QEMUProfileReadError) in try members.read(key, from: &reader) }
        try reader.expectEnd()
        return try members.profile(reader: reader)
    }

    /// The members of a stored profile as they are read.
    private struct StoredMembers {
        var generatedBy: String?
        var version: QEMUVersion?
        var target: String?
        var options: QEMUCapabilityTable<QEMUOptionCapability>?
        var machines: [QEMUMachineCapability]?
        var qomTypes: QEMUCapabilityTable<String>?
        var devices: QEMUCapabilityTable<QEMUTypeCapability>?
        var deviceAliases: [String: String]?
        var isDeviceListExact: Bool?
        var objects: QEMUCapabilityTable<QEMUTypeCapability>?
        var accelerators: [String] = []
        var cpuModels: [String] = []
        var netdev: QEMUSchemaUnion?
        var chardev: QEMUSchemaUnion?
        var blockdev: QEMUSchemaUnion?

        mutating func read(_ key: String, from reader: inout QEMUProfileJSONReader) throws(QEMUProfileReadError) {
            switch key {
            case "generatedBy": generatedBy = try reader.readString()
            case "version":
                let text = try reader.readString()
                guard let parsed = QEMUVersion(text) else { throw reader.error("a QEMU version instead of '\(text)'") }
                version = parsed
            case "target": target = try reader.readString()
            case "options": options = try QEMUCapabilityTable(reading: &reader) { reader throws(QEMUProfileReadError) in try QEMUOptionCapability(reading: &reader) }
            case "machines": machines = try reader.readList { reader throws(QEMUProfileReadError) in try QEMUMachineCapability(reading: &reader) }
            case "qomTypes": qomTypes = try QEMUCapabilityTable(reading: &reader) { reader throws(QEMUProfileReadError) in try reader.readString() }
            case "devices": devices = try QEMUCapabilityTable(reading: &reader) { reader throws(QEMUProfileReadError) in try QEMUTypeCapability(reading: &reader) }
            case "deviceAliases": deviceAliases = try reader.readStringMap()
            case "isDeviceListExact": isDeviceListExact = try reader.readBool()
            case "objects": objects = try QEMUCapabilityTable(reading: &reader) { reader throws(QEMUProfileReadError) in try QEMUTypeCapability(reading: &reader) }
            case "accelerators": accelerators = try reader.readStringArray()
            case "cpuModels": cpuModels = try reader.readStringArray()
            case "netdev": netdev = try reader.readOptional { reader throws(QEMUProfileReadError) in try QEMUSchemaUnion(reading: &reader) }
            case "chardev": chardev = try reader.readOptional { reader throws(QEMUProfileReadError) in try QEMUSchemaUnion(reading: &reader) }
            case "blockdev": blockdev = try reader.readOptional { reader throws(QEMUProfileReadError) in try QEMUSchemaUnion(reading: &reader) }
            default: try reader.skipValue()
            }
        }

        func profile(reader: QEMUProfileJSONReader) throws(QEMUProfileReadError) -> QEMUCapabilityProfile {
            func required<Value>(_ value: Value?, _ name: String) throws(QEMUProfileReadError) -> Value {
                guard let value else { throw reader.error("the member '\(name)'") }
                return value
            }
            return QEMUCapabilityProfile(
                generatedBy: try required(generatedBy, "generatedBy"), version: try required(version, "version"),
                target: try required(target, "target"), options: try required(options, "options"),
                machines: try required(machines, "machines"), qomTypes: try required(qomTypes, "qomTypes"),
                devices: try required(devices, "devices"), deviceAliases: try required(deviceAliases, "deviceAliases"),
                isDeviceListExact: try required(isDeviceListExact, "isDeviceListExact"), objects: try required(objects, "objects"),
                accelerators: accelerators, cpuModels: cpuModels,
                netdev: netdev, chardev: chardev, blockdev: blockdev)
        }
    }
}

extension QEMUProfileJSONReader {
    /// Reads an object of property name → type spelling.
    mutating func readValueTypes() throws(QEMUProfileReadError) -> [String: QEMUValueType] {
        try readMap { reader throws(QEMUProfileReadError) in QEMUValueType(spelling: try reader.readString()) }
    }
}

extension QEMUOptionCapability {
    init(reading reader: inout QEMUProfileJSONReader) throws(QEMUProfileReadError) {
        var parameters: [String: QEMUValueType]?
        try reader.readObject { reader, key throws(QEMUProfileReadError) in
            if key == "parameters" { parameters = try reader.readValueTypes() } else { try reader.skipValue() }
        }
        guard let parameters else { throw reader.error("the member 'parameters' of an option") }
        self.init(parameters: parameters)
    }
}

extension QEMUMachineCapability {
    init(reading reader: inout QEMUProfileJSONReader) throws(QEMUProfileReadError) {
        var name: String?
        var alias: String?
        var isDefault = false
        var isDeprecated = false
        var properties: QEMUPropertyList?
        try reader.readObject { reader, key throws(QEMUProfileReadError) in
            switch key {
            case "name": name = try reader.readString()
            case "alias": alias = try reader.readOptional { reader throws(QEMUProfileReadError) in try reader.readString() }
            case "default": isDefault = try reader.readBool()
            case "deprecated": isDeprecated = try reader.readBool()
            case "properties": properties = try reader.readOptional { reader throws(QEMUProfileReadError) in try QEMUPropertyList(reading: &reader) }
            default: try reader.skipValue()
            }
        }
        guard let name else { throw reader.error("the member 'name' of a machine") }
        self.init(name: name, alias: alias, isDefault: isDefault, isDeprecated: isDeprecated, properties: properties)
    }
}

extension QEMUTypeCapability {
    init(reading reader: inout QEMUProfileJSONReader) throws(QEMUProfileReadError) {
        var parent: String?
        var properties: QEMUPropertyList?
        var sharesPropertiesWith: String?
        try reader.readObject { reader, key throws(QEMUProfileReadError) in
            switch key {
            case "parent": parent = try reader.readOptional { reader throws(QEMUProfileReadError) in try reader.readString() }
            case "properties": properties = try reader.readOptional { reader throws(QEMUProfileReadError) in try QEMUPropertyList(reading: &reader) }
            case "same": sharesPropertiesWith = try reader.readOptional { reader throws(QEMUProfileReadError) in try reader.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(parent: parent, properties: properties, sharesPropertiesWith: sharesPropertiesWith)
    }
}

extension QEMUPropertyList {
    init(reading reader: inout QEMUProfileJSONReader) throws(QEMUProfileReadError) {
        var entries: String?
        var isComplete: Bool?
        try reader.readObject { reader, key throws(QEMUProfileReadError) in
            switch key {
            case "properties": entries = try reader.readString()
            case "complete": isComplete = try reader.readBool()
            default: try reader.skipValue()
            }
        }
        guard let entries, let isComplete else { throw reader.error("the members 'properties' and 'complete' of a property list") }
        self.init(entries: entries, isComplete: isComplete)
    }
}

extension QEMUSchemaUnion {
    init(reading reader: inout QEMUProfileJSONReader) throws(QEMUProfileReadError) {
        var discriminator: String?
        var commonMembers: [String: QEMUValueType]?
        var variants: QEMUCapabilityTable<[String: QEMUValueType]>?
        try reader.readObject { reader, key throws(QEMUProfileReadError) in
            switch key {
            case "discriminator": discriminator = try reader.readString()
            case "common": commonMembers = try reader.readValueTypes()
            case "variants": variants = try QEMUCapabilityTable(reading: &reader) { reader throws(QEMUProfileReadError) in try reader.readValueTypes() }
            default: try reader.skipValue()
            }
        }
        guard let discriminator, let commonMembers, let variants else {
            throw reader.error("the members 'discriminator', 'common' and 'variants' of a schema union")
        }
        self.init(discriminator: discriminator, commonMembers: commonMembers, variants: variants)
    }
}
