/// Builds a ``QEMUCapabilityProfile`` from QMP exchanges: the same code serves recorded transcripts
/// (the bundled profiles) and a live QEMU (`qemu-cmd probe`).
///
/// Exchanges it reads: `query-version`, `query-target`, `query-command-line-options`,
/// `query-machines`, `qom-list-types`, `query-qmp-schema`, `device-list-properties`,
/// `qom-list-properties` and `query-cpu-definitions`. Others are ignored.
public struct QEMUCapabilityProfileBuilder: Sendable {
    /// A profile could not be built because an essential answer is missing.
    public struct MissingAnswer: Error, Sendable, CustomStringConvertible {
        /// The QMP command whose answer is missing.
        public var command: String

        /// `the exchanges lack an answer to COMMAND`.
        public var description: String { "the exchanges lack an answer to `\(command)`" }
    }

    private let exchanges: [QMPExchange]

    /// Collects the exchanges to build from.
    public init(exchanges: [QMPExchange]) {
        self.exchanges = exchanges
    }

    /// Builds the profile.
    ///
    /// - Parameters:
    ///   - generatedBy: the header saying how the profile was made.
    ///   - deviceHelp: the binary's `-device help` when known (names and aliases); otherwise every
    ///     concrete device type is listed, aliases come from QEMU's alias table, and the profile says
    ///     the list is not exact.
    public func build(generatedBy: String, deviceHelp: QEMUDeviceHelp? = nil) throws(MissingAnswer) -> QEMUCapabilityProfile {
        guard let versionReply = reply("query-version")?["qemu"],
            let major = versionReply["major"]?.intValue, let minor = versionReply["minor"]?.intValue
        else { throw MissingAnswer(command: "query-version") }
        let version = QEMUVersion(major, minor, versionReply["micro"]?.intValue ?? 0)
        guard let target = reply("query-target")?["arch"]?.stringValue else { throw MissingAnswer(command: "query-target") }
        let qomTypes = self.qomTypes()
        let schema = reply("query-qmp-schema").map(QMPSchema.init)
        let objectUnion = schema?.union(ofCommand: "object-add")
        let objects = self.objects(objectUnion, qomTypes: qomTypes)
        let devices = self.devices(version: version, qomTypes: qomTypes, objects: objects, exact: deviceHelp?.names)
        return QEMUCapabilityProfile(
            generatedBy: generatedBy, version: version, target: target, options: QEMUCapabilityTable(options()),
            machines: machines(version: version, qomTypes: qomTypes), qomTypes: QEMUCapabilityTable(qomTypes),
            devices: QEMUCapabilityTable(devices),
            deviceAliases: deviceHelp?.aliases ?? QEMUDeviceAlias.aliases(target: target) { devices[$0] != nil },
            isDeviceListExact: deviceHelp != nil, objects: QEMUCapabilityTable(objects),
            accelerators: qomTypes.keys.filter { $0.hasSuffix("-accel") }.map { String($0.dropLast(6)) }.sorted(),
            cpuModels: cpuModels(), netdev: schema?.union(ofCommand: "netdev_add"),
            chardev: schema?.union(ofCommand: "chardev-add", member: "backend"),
            blockdev: schema?.union(ofCommand: "blockdev-add")
        )
    }

    private func reply(_ command: String) -> JSONValue? {
        exchanges.first { $0.command == command && $0.reply != nil }?.reply
    }

    private func replies(_ command: String) -> [QMPExchange] {
        exchanges.filter { $0.command == command && $0.reply != nil }
    }

    private func options() -> [String: QEMUOptionCapability] {
        var result: [String: QEMUOptionCapability] = [:]
        for option in reply("query-command-line-options")?.elements ?? [] {
            guard let name = option["option"]?.stringValue else { continue }
            var parameters: [String: QEMUValueType] = [:]
            for parameter in option["parameters"]?.elements ?? [] {
                guard let key = parameter["name"]?.stringValue, let type = parameter["type"]?.stringValue else { continue }
                parameters[key] = type == "number" ? .integer(signed: false, bits: 64) : QEMUValueType(spelling: type)
            }
            result[name] = QEMUOptionCapability(parameters: parameters)
        }
        return result
    }

    private func qomTypes() -> [String: String] {
        var result: [String: String] = [:]
        for type in reply("qom-list-types")?.elements ?? [] {
            if let name = type["name"]?.stringValue { result[name] = type["parent"]?.stringValue ?? "" }
        }
        return result
    }

    private func listedProperties(_ command: String) -> [String: [String: QEMUValueType]] {
        var result: [String: [String: QEMUValueType]] = [:]
        for exchange in replies(command) {
            guard let typeName = exchange.argument("typename"), let reply = exchange.reply else { continue }
            var properties: [String: QEMUValueType] = [:]
            for property in reply.elements {
                guard let name = property["name"]?.stringValue, let type = property["type"]?.stringValue else { continue }
                properties[name] = QEMUValueType(spelling: type)
            }
            result[typeName] = properties
        }
        return result
    }

    private func ancestry(_ type: String, _ qomTypes: [String: String]) -> [String] {
        var chain = [type]
        while let parent = qomTypes[chain[chain.count - 1]], !parent.isEmpty, !chain.contains(parent) {
            chain.append(parent)
        }
        return chain
    }

    /// Properties made from documented facts for a type (or its ancestors) at a version; nil when there are none.
    private func factProperties(_ chain: [String], version: QEMUVersion, base: [String: QEMUValueType] = [:]) -> QEMUPropertyList? {
        let facts = chain.flatMap { QEMUPropertyFact.facts(about: $0) }.filter { $0.since <= version }
        guard !facts.isEmpty || !base.isEmpty else { return nil }
        var types = base
        for fact in facts { types[fact.property] = fact.type }
        return QEMUPropertyList(types, isComplete: false)
    }

    private func machines(version: QEMUVersion, qomTypes: [String: String]) -> [QEMUMachineCapability] {
        let listed = listedProperties("qom-list-properties")
        let commandLineKeys = options()["machine"]?.parameters ?? [:]
        var byName: [String: QEMUMachineCapability] = [:]
        for exchange in replies("query-machines") {
            for machine in exchange.reply?.elements ?? [] {
                guard let name = machine["name"]?.stringValue, byName[name] == nil else { continue }
                let chain = ancestry(name + "-machine", qomTypes)
                let properties: QEMUPropertyList?
                if let own = listed[chain[0]] ?? sibling(of: chain, in: listed, qomTypes: qomTypes) {
                    properties = QEMUPropertyList(commandLineKeys.merging(own) { _, qom in qom }, isComplete: true)
                } else {
                    let inherited = chain.dropFirst().compactMap { listed[$0] }.first ?? [:]
                    let base = commandLineKeys.merging(inherited) { _, qom in qom }
                    properties = factProperties(chain, version: version, base: base)
                }
                byName[name] = QEMUMachineCapability(
                    name: name, alias: machine["alias"]?.stringValue, isDefault: machine["is-default"]?.boolValue ?? false,
                    isDeprecated: machine["deprecated"]?.boolValue ?? false, properties: properties)
            }
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// The listed properties of a concrete machine type with the same parent (`pc-q35-7.1-machine` for
    /// `pc-q35-7.2-machine`): versioned machine types of one family share their properties.
    private func sibling(of chain: [String], in listed: [String: [String: QEMUValueType]], qomTypes: [String: String]) -> [String: QEMUValueType]? {
        guard chain.count > 1 else { return nil }
        let parent = chain[1]
        return listed.keys.sorted().first { qomTypes[$0] == parent && $0 != chain[0] }.flatMap { listed[$0] }
    }

    private func objects(_ union: QEMUSchemaUnion?, qomTypes: [String: String]) -> [String: QEMUTypeCapability] {
        var result: [String: QEMUTypeCapability] = [:]
        let listed = listedProperties("qom-list-properties")
        for name in union?.variantNames ?? [] {
            let members = union?.members(of: name) ?? [:]
            result[name] = QEMUTypeCapability(parent: qomTypes[name], properties: QEMUPropertyList(members, isComplete: true))
        }
        for (name, properties) in listed where result[name] == nil && !name.hasSuffix("-machine") {
            guard qomTypes[name] != nil, !isDevice(name, qomTypes) else { continue }
            result[name] = QEMUTypeCapability(parent: qomTypes[name], properties: QEMUPropertyList(properties, isComplete: true))
        }
        return result
    }

    private func devices(
        version: QEMUVersion, qomTypes: [String: String], objects: [String: QEMUTypeCapability], exact: Set<String>?
    ) -> [String: QEMUTypeCapability] {
        let listed = listedProperties("device-list-properties")
        let names = exact ?? Set(qomTypes.keys.filter { objects[$0] == nil && isDevice($0, qomTypes) })
        var result: [String: QEMUTypeCapability] = [:]
        for name in names {
            let properties: QEMUPropertyList? =
                listed[name].map { QEMUPropertyList($0, isComplete: true) }
                ?? factProperties(ancestry(name, qomTypes), version: version)
            result[name] = QEMUTypeCapability(parent: qomTypes[name], properties: properties)
        }
        return sharingIdenticalProperties(result)
    }

    /// Keeps each distinct complete property list once; devices with the same list point at the
    /// first of them by name (the CPU models of a target all have one list).
    private func sharingIdenticalProperties(_ devices: [String: QEMUTypeCapability]) -> [String: QEMUTypeCapability] {
        var result = devices
        var holders: [QEMUPropertyList: String] = [:]
        for name in devices.keys.sorted() {
            guard let properties = devices[name]?.properties, properties.isComplete else { continue }
            if let holder = holders[properties] {
                result[name]?.properties = nil
                result[name]?.sharesPropertiesWith = holder
            } else {
                holders[properties] = name
            }
        }
        return result
    }

    /// QOM bases whose concrete descendants are not `-device` drivers.
    private static let nonDeviceRoots: Set<String> = [
        "object", "machine", "bus", "chardev", "memory-backend", "netfilter", "rng-backend", "tls-creds",
        "secret_common", "authz", "qio-channel", "pr-manager", "tpm-backend", "event-loop-base",
        "confidential-guest-support", "iommu-memory-region", "can-host", "accel", "filter-rewriter",
        "cryptodev-backend", "vfio-user-server", "x-remote-object", "colo-compare", "input-barrier",
        "input-linux", "dbus-vmstate", "throttle-group", "qtest", "sev-common", "tdx-guest",
    ]

    /// Whether a concrete QOM type is a device, judged from its ancestry when no `-device help` list is at hand.
    private func isDevice(_ name: String, _ qomTypes: [String: String]) -> Bool {
        let chain = ancestry(name, qomTypes)
        let nonDeviceSuffixes = ["-machine", "-bus", "-accel", "-backend", "-channel"]
        for type in chain {
            if Self.nonDeviceRoots.contains(type) || type.hasPrefix("chardev") { return false }
            if nonDeviceSuffixes.contains(where: { type.hasSuffix($0) }) { return false }
        }
        return chain.count > 1 || qomTypes[name] == nil
    }

    private func cpuModels() -> [String] {
        var names = Set<String>()
        for exchange in replies("query-cpu-definitions") {
            for model in exchange.reply?.elements ?? [] {
                if let name = model["name"]?.stringValue { names.insert(name) }
                if let alias = model["alias-of"]?.stringValue { names.insert(alias) }
            }
        }
        return names.sorted()
    }
}
