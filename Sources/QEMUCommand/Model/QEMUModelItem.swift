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
    /// Another `key=value` or JSON option (`-display`, `-rtc`, `-mon`, `-virtfs`, …).
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
