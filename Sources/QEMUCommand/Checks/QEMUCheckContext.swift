/// What the rules read: the profile, the options, and facts derived from them once.
struct QEMUCheckContext: Sendable {
    /// The capabilities of the QEMU being checked against.
    let profile: QEMUCapabilityProfile
    /// Every option, in command-line order.
    let options: [QEMUCheckOption]

    /// The options filed under `group`, in command-line order.
    func options(in group: String) -> [QEMUCheckOption] { options.filter { $0.group == group } }

    /// `-device` options in the order QEMU creates them: QemuOpts ones first, then JSON ones
    /// (`qemu_create_cli_devices()`).
    var devicesInCreationOrder: [QEMUCheckOption] {
        let devices = options(in: "device")
        return devices.filter { $0.form != .json } + devices.filter { $0.form == .json }
    }

    /// The settings of every `-machine` option, in order (QEMU merges them).
    var machineSettings: [QEMUCheckSetting] { options(in: "machine").flatMap(\.settings) }

    /// The machine type named on the command line (the last `type` wins), nil when none is.
    var machineTypeSetting: QEMUCheckSetting? { machineSettings.last { $0.key == "type" } }

    /// The machine QEMU creates: the named one, or the default.
    var machine: QEMUMachineCapability? {
        guard let name = machineTypeSetting?.value else { return profile.defaultMachine }
        return profile.machine(named: name)
    }

    /// Whether the machine is a q35 (PCIe) machine.
    var isQ35: Bool { machine.map { $0.name.hasPrefix("pc-q35") || $0.alias == "q35" } ?? false }

    /// The value of a machine property after merging every `-machine` (the last one wins).
    func machineValue(_ key: String) -> String? { machineSettings.last { $0.key == key }?.value }

    /// The driver of a `-device`, with an alias (`virtio-net`) resolved to its driver.
    func driver(of device: QEMUCheckOption) -> String? { device.value("driver").map(profile.deviceDriver(named:)) }

    /// Property facts for a type and its ancestors.
    func facts(about type: String) -> [QEMUPropertyFact] {
        profile.ancestry(of: type).flatMap { QEMUPropertyFact.facts(about: $0) }
    }
}
