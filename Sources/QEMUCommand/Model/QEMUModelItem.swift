/// One item of a typed command line: an option read into its family, an option kept at the
/// syntax level, or a disk image.
public enum QEMUModelItem: Hashable, Sendable {
    /// `-machine` / `-M`.
    case machine(QEMUMachine)
    /// `-accel`.
    case accelerator(QEMUAccelerator)
    /// `-cpu`.
    case cpu(QEMUCPU)
    /// `-smp`.
    case smp(QEMUSMP)
    /// `-m`.
    case memory(QEMUMemory)
    /// `-numa`.
    case numa(QEMUNUMA)
    /// `-boot`.
    case boot(QEMUBoot)
    /// `-drive`.
    case drive(QEMUDrive)
    /// `-blockdev`.
    case blockdev(QEMUBlockdev)
    /// `-netdev`.
    case netdev(QEMUNetdev)
    /// `-nic`.
    case nic(QEMUNIC)
    /// `-device`.
    case device(QEMUDevice)
    /// `-object`.
    case object(QEMUObject)
    /// `-chardev`.
    case chardev(QEMUChardev)
    /// `-serial`, `-monitor`, `-qmp`, `-parallel`, `-debugcon`, `-gdb`, ….
    case chardevFrontend(QEMUChardevFrontend)
    /// `-global`.
    case global(QEMUGlobal)
    /// `-set`.
    case set(QEMUSetOption)
    /// `-display`.
    case display(QEMUDisplay)
    /// `-vnc`.
    case vnc(QEMUVNC)
    /// `-spice`.
    case spice(QEMUSPICE)
    /// `-fsdev`.
    case fsdev(QEMUFilesystemBackend)
    /// `-virtfs`.
    case virtfs(QEMUVirtFS)
    /// `-mon`.
    case monitor(QEMUMonitor)
    /// `-name`.
    case guestName(QEMUGuestName)
    /// `-rtc`.
    case rtc(QEMURTC)
    /// `-audiodev`.
    case audiodev(QEMUAudiodev)
    /// `-audio`.
    case audio(QEMUAudio)
    /// `-tpmdev`.
    case tpmdev(QEMUTPMDevice)
    /// `-smbios`.
    case smbios(QEMUSMBIOS)
    /// `-fw_cfg`.
    case firmwareConfig(QEMUFirmwareConfig)
    /// `-icount`.
    case icount(QEMUInstructionCount)
    /// `-overcommit`.
    case overcommit(QEMUOvercommit)
    /// `-msg`.
    case message(QEMUMessageOptions)
    /// `-sandbox`.
    case sandbox(QEMUSandbox)
    /// `-run-with`.
    case runWith(QEMURunWith)
    /// `-trace`.
    case trace(QEMUTrace)
    /// Another `key=value` or JSON option (`-acpitable`, `-action`, `-plugin`, `-compat`, …).
    case settings(QEMUSettingsOption)
    /// An option with a plain argument (`-kernel`, `-append`, `-uuid`, …).
    case value(QEMUValueOption)
    /// An option without argument (`-S`, `-nodefaults`, …).
    case flag(QEMUFlag)
    /// An option kept at the syntax level: unknown, or not readable into its family.
    case untyped(QEMUOption)
    /// A disk image word.
    case image(String)

    /// Reads a syntax-level item into its family; an option that does not read stays ``untyped(_:)``.
    public init(_ item: QEMUCommandLineItem) {
        switch item {
        case .image(let path):
            self = .image(path)
        case .option(let option):
            self = (try? Self.typed(option)) ?? .untyped(option)
        }
    }

    private static func typed(_ option: QEMUOption) throws(QEMUModelError) -> QEMUModelItem {
        guard let info = option.info else { throw QEMUModelError("'\(option.spelling)' is not a known option") }
        if let family = dedicatedFamily(for: info.name) { return try family(option) }
        if !info.takesArgument { return .flag(try QEMUFlag(reading: option)) }
        switch info.syntax {
        case .plain: return .value(try QEMUValueOption(reading: option))
        case .legacyChardev: return .chardevFrontend(try QEMUChardevFrontend(reading: option))
        default: return .settings(try QEMUSettingsOption(reading: option))
        }
    }

    /// The reader of the option families with a dedicated type, by option name.
    static func dedicatedFamily(for name: String) -> ((QEMUOption) throws(QEMUModelError) -> QEMUModelItem)? {
        switch name {
        case "machine", "M": { option throws(QEMUModelError) in .machine(try QEMUMachine(reading: option)) }
        case "accel": { option throws(QEMUModelError) in .accelerator(try QEMUAccelerator(reading: option)) }
        case "cpu": { option throws(QEMUModelError) in .cpu(try QEMUCPU(reading: option)) }
        case "smp": { option throws(QEMUModelError) in .smp(try QEMUSMP(reading: option)) }
        case "m": { option throws(QEMUModelError) in .memory(try QEMUMemory(reading: option)) }
        case "numa": { option throws(QEMUModelError) in .numa(try QEMUNUMA(reading: option)) }
        case "boot": { option throws(QEMUModelError) in .boot(try QEMUBoot(reading: option)) }
        case "drive": { option throws(QEMUModelError) in .drive(try QEMUDrive(reading: option)) }
        case "blockdev": { option throws(QEMUModelError) in .blockdev(try QEMUBlockdev(reading: option)) }
        case "netdev": { option throws(QEMUModelError) in .netdev(try QEMUNetdev(reading: option)) }
        case "nic": { option throws(QEMUModelError) in .nic(try QEMUNIC(reading: option)) }
        case "device": { option throws(QEMUModelError) in .device(try QEMUDevice(reading: option)) }
        case "object": { option throws(QEMUModelError) in .object(try QEMUObject(reading: option)) }
        case "chardev": { option throws(QEMUModelError) in .chardev(try QEMUChardev(reading: option)) }
        case "global": { option throws(QEMUModelError) in .global(try QEMUGlobal(reading: option)) }
        case "set": { option throws(QEMUModelError) in .set(try QEMUSetOption(reading: option)) }
        case "display": { option throws(QEMUModelError) in .display(try QEMUDisplay(reading: option)) }
        case "vnc": { option throws(QEMUModelError) in .vnc(try QEMUVNC(reading: option)) }
        case "spice": { option throws(QEMUModelError) in .spice(try QEMUSPICE(reading: option)) }
        case "fsdev": { option throws(QEMUModelError) in .fsdev(try QEMUFilesystemBackend(reading: option)) }
        case "virtfs": { option throws(QEMUModelError) in .virtfs(try QEMUVirtFS(reading: option)) }
        case "mon": { option throws(QEMUModelError) in .monitor(try QEMUMonitor(reading: option)) }
        case "name": { option throws(QEMUModelError) in .guestName(try QEMUGuestName(reading: option)) }
        case "rtc": { option throws(QEMUModelError) in .rtc(try QEMURTC(reading: option)) }
        case "audiodev": { option throws(QEMUModelError) in .audiodev(try QEMUAudiodev(reading: option)) }
        case "audio": { option throws(QEMUModelError) in .audio(try QEMUAudio(reading: option)) }
        case "tpmdev": { option throws(QEMUModelError) in .tpmdev(try QEMUTPMDevice(reading: option)) }
        case "smbios": { option throws(QEMUModelError) in .smbios(try QEMUSMBIOS(reading: option)) }
        case "fw_cfg": { option throws(QEMUModelError) in .firmwareConfig(try QEMUFirmwareConfig(reading: option)) }
        case "icount": { option throws(QEMUModelError) in .icount(try QEMUInstructionCount(reading: option)) }
        case "overcommit": { option throws(QEMUModelError) in .overcommit(try QEMUOvercommit(reading: option)) }
        case "msg": { option throws(QEMUModelError) in .message(try QEMUMessageOptions(reading: option)) }
        case "sandbox": { option throws(QEMUModelError) in .sandbox(try QEMUSandbox(reading: option)) }
        case "run-with": { option throws(QEMUModelError) in .runWith(try QEMURunWith(reading: option)) }
        case "trace": { option throws(QEMUModelError) in .trace(try QEMUTrace(reading: option)) }
        default: nil
        }
    }

    /// The item as a syntax-level item.
    public var commandLineItem: QEMUCommandLineItem {
        switch self {
        case .machine(let value): .option(value.option)
        case .accelerator(let value): .option(value.option)
        case .cpu(let value): .option(value.option)
        case .smp(let value): .option(value.option)
        case .memory(let value): .option(value.option)
        case .numa(let value): .option(value.option)
        case .boot(let value): .option(value.option)
        case .drive(let value): .option(value.option)
        case .blockdev(let value): .option(value.option)
        case .netdev(let value): .option(value.option)
        case .nic(let value): .option(value.option)
        case .device(let value): .option(value.option)
        case .object(let value): .option(value.option)
        case .chardev(let value): .option(value.option)
        case .chardevFrontend(let value): .option(value.option)
        case .global(let value): .option(value.option)
        case .set(let value): .option(value.option)
        case .display(let value): .option(value.option)
        case .vnc(let value): .option(value.option)
        case .spice(let value): .option(value.option)
        case .fsdev(let value): .option(value.option)
        case .virtfs(let value): .option(value.option)
        case .monitor(let value): .option(value.option)
        case .guestName(let value): .option(value.option)
        case .rtc(let value): .option(value.option)
        case .audiodev(let value): .option(value.option)
        case .audio(let value): .option(value.option)
        case .tpmdev(let value): .option(value.option)
        case .smbios(let value): .option(value.option)
        case .firmwareConfig(let value): .option(value.option)
        case .icount(let value): .option(value.option)
        case .overcommit(let value): .option(value.option)
        case .message(let value): .option(value.option)
        case .sandbox(let value): .option(value.option)
        case .runWith(let value): .option(value.option)
        case .trace(let value): .option(value.option)
        case .settings(let value): .option(value.option)
        case .value(let value): .option(value.option)
        case .flag(let value): .option(value.option)
        case .untyped(let option): .option(option)
        case .image(let path): .image(path)
        }
    }

    /// The syntax-level option; `nil` for an image.
    public var option: QEMUOption? { commandLineItem.option }
}
