/// A group `-readconfig` accepts in QEMU 7.2 and the command-line option it stands for.
///
/// Most groups are QemuOpts lists named like their option; `memory` is `-m`, `smp-opts` is `-smp`,
/// `boot-opts` is `-boot` and `acpi` is `-acpitable`. `machine`, `smp-opts` and `boot-opts` are
/// merged into the machine's keyval options and `object` is read with the keyval visitor
/// (`is_qemuopts_group()` in softmmu/vl.c), so dotted keys there build nested values.
public struct QEMUConfigGroup: Hashable, Sendable {
    /// The group name written in `[group]`.
    public var name: String
    /// The option name without its dash: `m` for `memory`.
    public var optionName: String
    /// The key a bare first value of the option stands for (`driver` for `-device`).
    public var impliedKey: String?
    /// Whether the option's command-line argument is keyval (`-machine`, `-smp`, `-boot`).
    public var isKeyval: Bool

    /// The groups of `query-command-line-options` in the 7.2 x86 binary plus `machine`
    /// (`vnc` is left out: a section without the id `-vnc` assigns cannot start a display).
    public static let all: [QEMUConfigGroup] = qemuOptsGroups + [
        QEMUConfigGroup(name: "machine", optionName: "machine", impliedKey: "type", isKeyval: true),
        QEMUConfigGroup(name: "smp-opts", optionName: "smp", impliedKey: "cpus", isKeyval: true),
        QEMUConfigGroup(name: "boot-opts", optionName: "boot", impliedKey: "order", isKeyval: true),
    ]

    private static let qemuOptsGroupNames = [
        "drive", "chardev", "device", "netdev", "nic", "net", "rtc", "global", "mon", "trace", "plugin",
        "option-rom", "accel", "memory", "add-fd", "object", "tpmdev", "overcommit", "msg", "name", "numa",
        "icount", "fw_cfg", "action", "iscsi", "sandbox", "virtfs", "fsdev", "smbios", "acpi", "spice",
    ]

    private static let qemuOptsGroups: [QEMUConfigGroup] = qemuOptsGroupNames.map { name in
        let option = QEMUOptionTable.all.first { $0.syntax.optsGroup?.name == name }
        return QEMUConfigGroup(
            name: name, optionName: option?.name ?? name, impliedKey: option?.syntax.optsGroup?.impliedKey, isKeyval: false)
    }

    /// The group named `name`, or `nil` when QEMU 7.2 has no such group.
    public static func named(_ name: String) -> QEMUConfigGroup? {
        all.first { $0.name == name }
    }

    /// The group for the command-line option `name` (without its dash; `M` is `machine`).
    public static func forOption(_ name: String) -> QEMUConfigGroup? {
        let optionName = name == "M" ? "machine" : name
        return all.first { $0.optionName == optionName }
    }
}

extension QEMUArgumentSyntax {
    /// The QemuOpts group the syntax reads with, when it has one.
    var optsGroup: QEMUOptsGroup? {
        switch self {
        case .qemuOpts(let group), .jsonOrQEMUOpts(let group): group
        case .netdev: QEMUOptsGroup(name: "netdev", impliedKey: "type")
        case .global: QEMUOptsGroup(name: "global")
        default: nil
        }
    }
}
