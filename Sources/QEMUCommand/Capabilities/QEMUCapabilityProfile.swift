/// What one QEMU binary accepts: its version, target, option parameters, machines, devices, objects,
/// backends, accelerators and CPU models, with property names and types where known.
///
/// Profiles are built by ``QEMUCapabilityProfileBuilder`` from QMP exchanges, either recorded
/// (the bundled profiles) or live (`qemu-cmd probe`), and are what every check asks.
public struct QEMUCapabilityProfile: Hashable, Sendable, Codable {
    /// The version of the stored profile format; caches keep profiles of different formats apart.
    public static let formatVersion = 3

    /// How the profile was made: the command that generated it, or the binary that was probed.
    public var generatedBy: String
    /// The QEMU version.
    public var version: QEMUVersion
    /// The target architecture, such as `x86_64`.
    public var target: String
    /// QemuOpts group name → the parameters it accepts.
    public var options: QEMUCapabilityTable<QEMUOptionCapability>
    /// The machine types.
    public var machines: [QEMUMachineCapability]
    /// Every concrete QOM type → its parent type.
    public var qomTypes: QEMUCapabilityTable<String>
    /// `-device` driver name → what is known about it.
    public var devices: QEMUCapabilityTable<QEMUTypeCapability>
    /// `-device` alias → driver (`virtio-net` → `virtio-net-pci`).
    public var deviceAliases: [String: String]
    /// Whether ``devices`` lists exactly the user-creatable devices (`-device help`); otherwise it may
    /// also hold devices that only boards create.
    public var isDeviceListExact: Bool
    /// `-object` type name → what is known about it.
    public var objects: QEMUCapabilityTable<QEMUTypeCapability>
    /// Accelerator names for `-accel`, such as `tcg` and `kvm`.
    public var accelerators: [String]
    /// CPU model names for `-cpu`.
    public var cpuModels: [String]
    /// `-netdev` backends and their members, from the QMP schema.
    public var netdev: QEMUSchemaUnion?
    /// `-chardev` backends and their members, from the QMP schema.
    public var chardev: QEMUSchemaUnion?
    /// `-blockdev` drivers and their members, from the QMP schema.
    public var blockdev: QEMUSchemaUnion?

    /// Creates a profile.
    public init(
        generatedBy: String, version: QEMUVersion, target: String, options: QEMUCapabilityTable<QEMUOptionCapability>,
        machines: [QEMUMachineCapability], qomTypes: QEMUCapabilityTable<String>, devices: QEMUCapabilityTable<QEMUTypeCapability>,
        deviceAliases: [String: String], isDeviceListExact: Bool, objects: QEMUCapabilityTable<QEMUTypeCapability>, accelerators: [String], cpuModels: [String],
        netdev: QEMUSchemaUnion?, chardev: QEMUSchemaUnion?, blockdev: QEMUSchemaUnion?
    ) {
        self.generatedBy = generatedBy
        self.version = version
        self.target = target
        self.options = options
        self.machines = machines
        self.qomTypes = qomTypes
        self.devices = devices
        self.deviceAliases = deviceAliases
        self.isDeviceListExact = isDeviceListExact
        self.objects = objects
        self.accelerators = accelerators
        self.cpuModels = cpuModels
        self.netdev = netdev
        self.chardev = chardev
        self.blockdev = blockdev
    }

    /// The machine named `name` or aliased so (`q35`), nil when there is none.
    public func machine(named name: String) -> QEMUMachineCapability? {
        machines.first { $0.name == name } ?? machines.first { $0.alias == name }
    }

    /// The driver a `-device` name stands for: itself, or the driver it is an alias of.
    public func deviceDriver(named name: String) -> String {
        devices.contains(name) ? name : deviceAliases[name] ?? name
    }

    /// The properties of a `-device` driver (or alias), nil when the profile does not know them.
    public func properties(ofDevice name: String) -> QEMUPropertyList? {
        guard let device = devices[deviceDriver(named: name)] else { return nil }
        return device.properties ?? device.sharesPropertiesWith.flatMap { devices[$0]?.properties }
    }

    /// The machine used when the command line names none.
    public var defaultMachine: QEMUMachineCapability? { machines.first { $0.isDefault } }

    /// `type` followed by its ancestors, as far as the profile knows them.
    public func ancestry(of type: String) -> [String] {
        var chain = [type]
        var current = type
        while let parent = qomTypes[current] ?? devices[current]?.parent ?? objects[current]?.parent,
            !chain.contains(parent)
        {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// Whether `type` is `ancestor` or descends from it.
    public func type(_ type: String, isA ancestor: String) -> Bool { ancestry(of: type).contains(ancestor) }

    /// `VERSION/TARGET`, e.g. `7.2.0/x86_64`.
    public var name: String { "\(version)/\(target)" }
}
