extension QEMUVirtualMachine {
    /// The machine QEMU builds from every `-machine`/`-M` option (``QEMUMachine/merged(_:)``).
    public var machine: QEMUMachine? { QEMUMachine.merged(items.compactMap { if case .machine(let value) = $0 { value } else { nil } }) }

    /// The `-accel` options, in order.
    public var accelerators: [QEMUAccelerator] { items.compactMap { if case .accelerator(let value) = $0 { value } else { nil } } }

    /// The `-cpu` QEMU uses (the last one).
    public var cpu: QEMUCPU? { items.compactMap { if case .cpu(let value) = $0 { value } else { nil } }.last }

    /// The `-smp` QEMU uses (the last one).
    public var smp: QEMUSMP? { items.compactMap { if case .smp(let value) = $0 { value } else { nil } }.last }

    /// The memory QEMU uses from every `-m` option (``QEMUMemory/merged(_:)``).
    public var memory: QEMUMemory? { QEMUMemory.merged(items.compactMap { if case .memory(let value) = $0 { value } else { nil } }) }

    /// The `-numa` options, in order.
    public var numa: [QEMUNUMA] { items.compactMap { if case .numa(let value) = $0 { value } else { nil } } }

    /// The `-boot` QEMU uses (the last one).
    public var boot: QEMUBoot? { items.compactMap { if case .boot(let value) = $0 { value } else { nil } }.last }

    /// The `-drive` options, in order.
    public var drives: [QEMUDrive] { items.compactMap { if case .drive(let value) = $0 { value } else { nil } } }

    /// The `-blockdev` options, in order.
    public var blockdevs: [QEMUBlockdev] { items.compactMap { if case .blockdev(let value) = $0 { value } else { nil } } }

    /// The `-netdev` options, in order.
    public var netdevs: [QEMUNetdev] { items.compactMap { if case .netdev(let value) = $0 { value } else { nil } } }

    /// The `-nic` options, in order.
    public var nics: [QEMUNIC] { items.compactMap { if case .nic(let value) = $0 { value } else { nil } } }

    /// The `-device` options, in order.
    public var devices: [QEMUDevice] { items.compactMap { if case .device(let value) = $0 { value } else { nil } } }

    /// The `-object` options, in order.
    public var objects: [QEMUObject] { items.compactMap { if case .object(let value) = $0 { value } else { nil } } }

    /// The `-chardev` options, in order.
    public var chardevs: [QEMUChardev] { items.compactMap { if case .chardev(let value) = $0 { value } else { nil } } }

    /// The `-serial`, `-monitor`, `-qmp`, `-parallel`, `-debugcon`, `-gdb`, … options, in order.
    public var chardevFrontends: [QEMUChardevFrontend] { items.compactMap { if case .chardevFrontend(let value) = $0 { value } else { nil } } }

    /// The `-global` options, in order.
    public var globals: [QEMUGlobal] { items.compactMap { if case .global(let value) = $0 { value } else { nil } } }

    /// The `-set` options, in order.
    public var sets: [QEMUSetOption] { items.compactMap { if case .set(let value) = $0 { value } else { nil } } }

    /// The other `key=value` options (`-display`, `-rtc`, `-mon`, `-virtfs`, …), in order.
    public var settingsOptions: [QEMUSettingsOption] { items.compactMap { if case .settings(let value) = $0 { value } else { nil } } }

    /// The options with a plain argument (`-kernel`, `-append`, …), in order.
    public var valueOptions: [QEMUValueOption] { items.compactMap { if case .value(let value) = $0 { value } else { nil } } }

    /// The options without argument (`-S`, `-nodefaults`, …), in order.
    public var flags: [QEMUFlag] { items.compactMap { if case .flag(let value) = $0 { value } else { nil } } }

    /// The options kept at the syntax level, in order.
    public var untypedOptions: [QEMUOption] { items.compactMap { if case .untyped(let value) = $0 { value } else { nil } } }

    /// The disk image words, in order.
    public var images: [String] { items.compactMap { if case .image(let value) = $0 { value } else { nil } } }

    /// The value of the last plain option `name` (`kernel`, `initrd`, `append`, `dtb`, `bios`, `uuid`, …).
    public func value(of name: String) -> String? { valueOptions.last { $0.name == name }?.value }

    /// Every value of plain option `name`, in order (`pflash`).
    public func values(of name: String) -> [String] { valueOptions.filter { $0.name == name }.map(\.value) }

    /// The `key=value` options named `name` (`display`, `rtc`, `mon`, `virtfs`, …), in order.
    public func settingsOptions(named name: String) -> [QEMUSettingsOption] { settingsOptions.filter { $0.name == name } }

    /// Whether the flag `name` (`S`, `nodefaults`, `snapshot`, …) is given.
    public func hasFlag(_ name: String) -> Bool { flags.contains { $0.name == name } }

    /// `-kernel`: the kernel image.
    public var kernel: String? { value(of: "kernel") }
    /// `-initrd`: the initial ramdisk.
    public var initrd: String? { value(of: "initrd") }
    /// `-append`: the kernel command line.
    public var append: String? { value(of: "append") }
    /// `-dtb`: the device tree blob.
    public var dtb: String? { value(of: "dtb") }
    /// `-bios`: the firmware file.
    public var bios: String? { value(of: "bios") }
    /// `-pflash`: the flash images, in order.
    public var pflash: [String] { values(of: "pflash") }
}
