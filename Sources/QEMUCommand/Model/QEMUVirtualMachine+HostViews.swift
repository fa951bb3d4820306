extension QEMUVirtualMachine {
    /// The `-display` QEMU uses (the last one).
    public var display: QEMUDisplay? { items.compactMap { if case .display(let value) = $0 { value } else { nil } }.last }

    /// The `-vnc` QEMU uses (the last one).
    public var vnc: QEMUVNC? { items.compactMap { if case .vnc(let value) = $0 { value } else { nil } }.last }

    /// The `-spice` QEMU uses (the last one).
    public var spice: QEMUSPICE? { items.compactMap { if case .spice(let value) = $0 { value } else { nil } }.last }

    /// The `-fsdev` options, in order.
    public var filesystemBackends: [QEMUFilesystemBackend] { items.compactMap { if case .fsdev(let value) = $0 { value } else { nil } } }

    /// The `-virtfs` options, in order.
    public var virtFS: [QEMUVirtFS] { items.compactMap { if case .virtfs(let value) = $0 { value } else { nil } } }

    /// The `-mon` options, in order.
    public var monitors: [QEMUMonitor] { items.compactMap { if case .monitor(let value) = $0 { value } else { nil } } }

    /// The `-name` QEMU uses (the last one).
    public var guestName: QEMUGuestName? { items.compactMap { if case .guestName(let value) = $0 { value } else { nil } }.last }

    /// The `-rtc` QEMU uses (the last one).
    public var rtc: QEMURTC? { items.compactMap { if case .rtc(let value) = $0 { value } else { nil } }.last }

    /// The `-audiodev` options, in order.
    public var audiodevs: [QEMUAudiodev] { items.compactMap { if case .audiodev(let value) = $0 { value } else { nil } } }

    /// The `-audio` QEMU uses (the last one).
    public var audio: QEMUAudio? { items.compactMap { if case .audio(let value) = $0 { value } else { nil } }.last }

    /// The `-tpmdev` options, in order.
    public var tpmdevs: [QEMUTPMDevice] { items.compactMap { if case .tpmdev(let value) = $0 { value } else { nil } } }

    /// The `-smbios` options, in order.
    public var smbios: [QEMUSMBIOS] { items.compactMap { if case .smbios(let value) = $0 { value } else { nil } } }

    /// The `-fw_cfg` options, in order.
    public var firmwareConfigs: [QEMUFirmwareConfig] { items.compactMap { if case .firmwareConfig(let value) = $0 { value } else { nil } } }

    /// The `-icount` QEMU uses (the last one).
    public var icount: QEMUInstructionCount? { items.compactMap { if case .icount(let value) = $0 { value } else { nil } }.last }

    /// The `-overcommit` QEMU uses (the last one).
    public var overcommit: QEMUOvercommit? { items.compactMap { if case .overcommit(let value) = $0 { value } else { nil } }.last }

    /// The `-msg` QEMU uses (the last one).
    public var message: QEMUMessageOptions? { items.compactMap { if case .message(let value) = $0 { value } else { nil } }.last }

    /// The `-sandbox` QEMU uses (the last one).
    public var sandbox: QEMUSandbox? { items.compactMap { if case .sandbox(let value) = $0 { value } else { nil } }.last }

    /// The `-run-with` QEMU uses (the last one).
    public var runWith: QEMURunWith? { items.compactMap { if case .runWith(let value) = $0 { value } else { nil } }.last }

    /// The `-trace` options, in order.
    public var traces: [QEMUTrace] { items.compactMap { if case .trace(let value) = $0 { value } else { nil } } }

    /// `-vga`: the display adapter type.
    public var vga: String? { value(of: "vga") }
    /// `-incoming`: where incoming migration comes from.
    public var incoming: String? { value(of: "incoming") }
    /// `-nographic`: no graphical output; serial and monitor on the terminal.
    public var nographic: Bool { hasFlag("nographic") }
    /// `-xen-domid`: the Xen domain id.
    public var xenDomainID: String? { value(of: "xen-domid") }
    /// `-xen-attach`: attach to an existing Xen domain.
    public var xenAttach: Bool { hasFlag("xen-attach") }
    /// `-xen-domid-restrict`: restrict QEMU's Xen privileges to the domain.
    public var xenDomainIDRestrict: Bool { hasFlag("xen-domid-restrict") }
}
