/// `-device`: the driver exists in the version and its properties exist with the right types.
enum QEMUDeviceRules: QEMUCheckRule {
    /// Keys `qdev_device_add()` takes itself rather than as properties.
    static let reservedKeys: Set<String> = ["driver", "bus", "id"]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        context.options(in: "device").flatMap { device -> [Diagnostic] in
            guard let driverSetting = device.setting("driver") else {
                return [Diagnostic(.error, "-device needs a driver: Parameter 'driver' is missing", at: device.argumentRange, rule: "device.missing-driver", fix: "start the argument with the device name, e.g. -device virtio-net-pci,…")]
            }
            let driver = context.profile.deviceDriver(named: driverSetting.value)
            if driver == "help" || driver == "?" || device.value("help") != nil { return [] }
            guard context.profile.devices.contains(driver) else {
                return [Diagnostic(
                    .error, "QEMU \(context.profile.version.shortDescription) (\(context.profile.target)) has no device '\(driverSetting.value)'",
                    at: driverSetting.valueRange, rule: "device.unknown"
                ).suggesting(driverSetting.value, among: context.profile.devices.keys)]
            }
            return properties(device, driver: driver, context)
        }
    }

    private static func properties(
        _ device: QEMUCheckOption, driver: String, _ context: QEMUCheckContext
    ) -> [Diagnostic] {
        let owner = QEMUPropertyCheck.Owner(kind: "device", type: driver, properties: context.profile.properties(ofDevice: driver), facts: context.facts(about: driver))
        let settings = device.settings.filter { !reservedKeys.contains(propertyName($0.key)) && $0.key != "help" }
        var diagnostics = settings.compactMap {
            QEMUPropertyCheck.check($0, property: propertyName($0.key), owner: owner, version: context.profile.version)
        }
        let factNames = Set(owner.facts.map(\.property))
        let unjudged = owner.properties == nil ? settings.filter { !factNames.contains(propertyName($0.key)) } : []
        if let first = unjudged.first {
            let names = unjudged.map { propertyName($0.key) }.joined(separator: ", ")
            diagnostics.append(Diagnostic(
                .warning, "cannot check the properties of '\(driver)' (\(names)): the \(context.profile.name) profile does not list them",
                at: first.range, rule: "device.properties-unknown", fix: "check against the binary itself with --qemu PATH"))
        }
        return diagnostics
    }

    /// The property a key sets: the first component of a dotted JSON path.
    static func propertyName(_ key: String) -> String {
        String(key.prefix { $0 != "." })
    }
}
