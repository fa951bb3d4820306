/// References between options resolve to something of the right kind that exists when QEMU needs it:
/// `bus=`, backend links (`memdev=`, `lsa=`, `persistent-memdev=`, `volatile-memdev=`, `rng=`,
/// `iothread=`, …), `netdev=`, `chardev=`, `drive=`, `-numa memdev=`, `-mon chardev=`,
/// `-machine memory-backend=`. Devices are created in order, QemuOpts `-device`s before JSON ones.
enum QEMUReferenceRules: QEMUCheckRule {
    /// Link properties recognised by name when the profile does not type them, with the QOM type they need.
    private static let linkKeys: [String: String] = [
        "memdev": "memory-backend", "lsa": "memory-backend", "persistent-memdev": "memory-backend",
        "volatile-memdev": "memory-backend", "volatile-dc-memdev": "memory-backend", "rng": "rng-backend",
        "iothread": "iothread",
    ]
    /// Keys naming a backend in another namespace, and that namespace.
    private static let backendKeys: [String: String] = ["netdev": "netdev", "chardev": "chardev", "drive": "block"]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        let declarations = QEMUIdentifierRules.declarations(context)
        var ids: [String: [String: QEMUCheckOption]] = [:]
        for declaration in declarations where ids[declaration.namespace]?[declaration.id] == nil {
            ids[declaration.namespace, default: [:]][declaration.id] = declaration.option
        }
        let resolver = Resolver(context: context, ids: ids)
        return resolver.devices() + resolver.others()
    }

    private struct Resolver {
        let context: QEMUCheckContext
        let ids: [String: [String: QEMUCheckOption]]

        func devices() -> [Diagnostic] {
            let order = context.devicesInCreationOrder
            var rank: [String: Int] = [:]
            for (position, device) in order.enumerated() {
                if let id = device.id, rank[id] == nil { rank[id] = position }
            }
            var users: [String: [String: QEMUCheckSetting]] = [:]
            var diagnostics: [Diagnostic] = []
            for (position, device) in order.enumerated() {
                guard let driver = context.driver(of: device) else { continue }
                for setting in device.settings where !setting.key.contains(".") {
                    if setting.key == "bus" {
                        diagnostics += bus(setting, of: device, position: position, rank: rank)
                    } else if let namespace = backendKeys[setting.key] {
                        diagnostics += backend(setting, namespace: namespace, driver: driver, users: &users)
                    } else if let type = linkType(setting.key, driver: driver) {
                        diagnostics += link(setting, type: type, driver: driver, position: position, rank: rank)
                    }
                }
            }
            return diagnostics
        }

        /// The QOM type a link property needs, from the profile, the facts or the key's name.
        private func linkType(_ key: String, driver: String) -> String? {
            let type = context.profile.properties(ofDevice: driver)?[key] ?? context.facts(about: driver).first { $0.property == key }?.type
            if case .link(let target)? = type { return target }
            return type == nil ? linkKeys[key] : nil
        }

        private func bus(_ setting: QEMUCheckSetting, of device: QEMUCheckOption, position: Int, rank: [String: Int]) -> [Diagnostic] {
            let name = setting.value
            let owner = ids["device"]?[name] != nil ? name : String(name.prefix { $0 != "." })
            if ids["device"]?[owner] != nil, name == owner || name.dropFirst(owner.count + 1).allSatisfy(\.isASCIIDigitCharacter) {
                guard let ownerRank = rank[owner], ownerRank >= position else { return [] }
                let reason = device.form != .json && ids["device"]?[owner]?.form == .json
                    ? "QEMU creates QemuOpts -device options before JSON ones" : "it is created after this device"
                return [Diagnostic(.error, "Bus '\(name)' not found when this device is created: \(reason)", at: setting.valueRange, rule: "ref.order", fix: "put the device that provides '\(owner)' first")]
            }
            if rootBuses.contains(name) { return [] }
            if let root = rootBuses.first, name.hasPrefix("pci"), name.contains(".") {
                return [Diagnostic(.error, "Bus '\(name)' not found: the \(context.machine?.name ?? "default") machine's root bus is '\(root)'", at: setting.valueRange, rule: "ref.dangling", fix: "use bus=\(root)")]
            }
            if name.contains(".") {
                return [Diagnostic(.warning, "cannot verify bus '\(name)': it is not provided by any -device with an id", at: setting.valueRange, rule: "ref.unverified-bus")]
            }
            return [Diagnostic(.error, "Bus '\(name)' not found: no -device has id '\(name)'", at: setting.valueRange, rule: "ref.dangling")
                .suggesting(name, among: Array(ids["device"]?.keys ?? [:].keys) + rootBuses)]
        }

        /// Buses the machine's own devices provide, its PCI root bus first: q35's ICH9 AHCI has six
        /// IDE buses, the i440FX's PIIX IDE two; both have an ISA bus.
        private var rootBuses: [String] {
            guard let machine = context.machine else { return [] }
            if context.isQ35 { return ["pcie.0"] + (0..<6).map { "ide.\($0)" } + ["isa.0"] }
            if machine.name.hasPrefix("pc-i440fx") || machine.alias == "pc" { return ["pci.0", "ide.0", "ide.1", "isa.0"] }
            return []
        }

        private func backend(_ setting: QEMUCheckSetting, namespace: String, driver: String, users: inout [String: [String: QEMUCheckSetting]]) -> [Diagnostic] {
            let name = setting.value
            guard let target = ids[namespace]?[name] else {
                return [Diagnostic(.error, "Property '\(driver).\(setting.key)' can't find value '\(name)': no -\(namespace == "block" ? "drive or -blockdev" : namespace) has id '\(name)'", at: setting.valueRange, rule: "ref.dangling")
                    .suggesting(name, among: ids[namespace]?.keys ?? [:].keys)]
            }
            let shared = namespace == "chardev" && ["on", "yes", "true", "y"].contains(target.value("mux") ?? "")
            defer { users[namespace, default: [:]][name] = setting }
            guard users[namespace]?[name] != nil, !shared else { return [] }
            return [Diagnostic(.error, "Property '\(driver).\(setting.key)' can't take value '\(name)', it's in use", at: setting.valueRange, rule: "ref.in-use", fix: "give each device its own \(namespace) backend")]
        }

        private func link(_ setting: QEMUCheckSetting, type: String, driver: String, position: Int, rank: [String: Int]) -> [Diagnostic] {
            let name = setting.value
            if let object = ids["object"]?[name], let objectType = object.value("qom-type") {
                guard context.profile.type(objectType, isA: type) || objectType.hasPrefix(type) else {
                    return [Diagnostic(.error, "Property '\(driver).\(setting.key)' needs a \(type), but '\(name)' is a \(objectType)", at: setting.valueRange, rule: "ref.wrong-kind")]
                }
                return []
            }
            if let device = ids["device"]?[name], let deviceDriver = context.driver(of: device) {
                guard context.profile.type(deviceDriver, isA: type) else {
                    return [Diagnostic(.error, "Property '\(driver).\(setting.key)' needs a \(type), but '\(name)' is a \(deviceDriver) device", at: setting.valueRange, rule: "ref.wrong-kind")]
                }
                guard let targetRank = rank[name], targetRank >= position else { return [] }
                return [Diagnostic(.error, "Property '\(driver).\(setting.key)' refers to '\(name)', which is created after this device", at: setting.valueRange, rule: "ref.order", fix: "put -device … id=\(name) first")]
            }
            return [Diagnostic(.error, "Property '\(driver).\(setting.key)' can't find value '\(name)': no -object has id '\(name)'", at: setting.valueRange, rule: "ref.dangling")
                .suggesting(name, among: ids["object"]?.keys ?? [:].keys)]
        }

        /// References from `-numa`, `-mon` and `-machine`.
        func others() -> [Diagnostic] {
            var diagnostics: [Diagnostic] = []
            let objectNames = ids["object"]?.keys ?? [:].keys
            for option in context.options(in: "numa") {
                if let setting = option.setting("memdev"), ids["object"]?[setting.value] == nil {
                    diagnostics.append(Diagnostic(.error, "-numa memdev='\(setting.value)' names no -object", at: setting.valueRange, rule: "ref.dangling").suggesting(setting.value, among: objectNames))
                }
            }
            for option in context.options(in: "mon") {
                if let setting = option.setting("chardev"), ids["chardev"]?[setting.value] == nil {
                    diagnostics.append(Diagnostic(.error, "-mon chardev='\(setting.value)' names no -chardev", at: setting.valueRange, rule: "ref.dangling").suggesting(setting.value, among: ids["chardev"]?.keys ?? [:].keys))
                }
            }
            if let setting = context.machineSettings.last(where: { $0.key == "memory-backend" }), ids["object"]?[setting.value] == nil {
                diagnostics.append(Diagnostic(.error, "-machine memory-backend='\(setting.value)' names no -object", at: setting.valueRange, rule: "ref.dangling").suggesting(setting.value, among: objectNames))
            }
            return diagnostics
        }
    }
}
