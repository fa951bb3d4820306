extension QEMUModelItem: Codable {
    /// The member naming an item's family in its encoded form: `{"device": {…}}`.
    enum Tag: String, CodingKey, CaseIterable {
        case machine, accelerator, cpu, smp, memory, numa, boot, drive, blockdev, netdev, nic, device, object, chardev
        case chardevFrontend, global, set, display, vnc, spice, fsdev, virtfs, monitor, guestName, rtc, audiodev, audio, tpmdev, smbios, firmwareConfig, icount, overcommit, message, sandbox, runWith, trace, settings, value, flag, untyped, image
    }

    /// Decodes an object with one member named after the family.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Tag.self)
        guard let tag = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "an item is an object with one member naming its family: \(Tag.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        self = try Self.decode(tag, from: container)
    }

    private static func decode(_ tag: Tag, from container: KeyedDecodingContainer<Tag>) throws -> QEMUModelItem {
        switch tag {
        case .machine: .machine(try container.decode(QEMUMachine.self, forKey: tag))
        case .accelerator: .accelerator(try container.decode(QEMUAccelerator.self, forKey: tag))
        case .cpu: .cpu(try container.decode(QEMUCPU.self, forKey: tag))
        case .smp: .smp(try container.decode(QEMUSMP.self, forKey: tag))
        case .memory: .memory(try container.decode(QEMUMemory.self, forKey: tag))
        case .numa: .numa(try container.decode(QEMUNUMA.self, forKey: tag))
        case .boot: .boot(try container.decode(QEMUBoot.self, forKey: tag))
        case .drive: .drive(try container.decode(QEMUDrive.self, forKey: tag))
        case .blockdev: .blockdev(try container.decode(QEMUBlockdev.self, forKey: tag))
        case .netdev: .netdev(try container.decode(QEMUNetdev.self, forKey: tag))
        case .nic: .nic(try container.decode(QEMUNIC.self, forKey: tag))
        case .device: .device(try container.decode(QEMUDevice.self, forKey: tag))
        case .object: .object(try container.decode(QEMUObject.self, forKey: tag))
        case .chardev: .chardev(try container.decode(QEMUChardev.self, forKey: tag))
        case .chardevFrontend: .chardevFrontend(try container.decode(QEMUChardevFrontend.self, forKey: tag))
        case .global: .global(try container.decode(QEMUGlobal.self, forKey: tag))
        case .set: .set(try container.decode(QEMUSetOption.self, forKey: tag))
        case .display: .display(try container.decode(QEMUDisplay.self, forKey: tag))
        case .vnc: .vnc(try container.decode(QEMUVNC.self, forKey: tag))
        case .spice: .spice(try container.decode(QEMUSPICE.self, forKey: tag))
        case .fsdev: .fsdev(try container.decode(QEMUFilesystemBackend.self, forKey: tag))
        case .virtfs: .virtfs(try container.decode(QEMUVirtFS.self, forKey: tag))
        case .monitor: .monitor(try container.decode(QEMUMonitor.self, forKey: tag))
        case .guestName: .guestName(try container.decode(QEMUGuestName.self, forKey: tag))
        case .rtc: .rtc(try container.decode(QEMURTC.self, forKey: tag))
        case .audiodev: .audiodev(try container.decode(QEMUAudiodev.self, forKey: tag))
        case .audio: .audio(try container.decode(QEMUAudio.self, forKey: tag))
        case .tpmdev: .tpmdev(try container.decode(QEMUTPMDevice.self, forKey: tag))
        case .smbios: .smbios(try container.decode(QEMUSMBIOS.self, forKey: tag))
        case .firmwareConfig: .firmwareConfig(try container.decode(QEMUFirmwareConfig.self, forKey: tag))
        case .icount: .icount(try container.decode(QEMUInstructionCount.self, forKey: tag))
        case .overcommit: .overcommit(try container.decode(QEMUOvercommit.self, forKey: tag))
        case .message: .message(try container.decode(QEMUMessageOptions.self, forKey: tag))
        case .sandbox: .sandbox(try container.decode(QEMUSandbox.self, forKey: tag))
        case .runWith: .runWith(try container.decode(QEMURunWith.self, forKey: tag))
        case .trace: .trace(try container.decode(QEMUTrace.self, forKey: tag))
        case .settings: .settings(try container.decode(QEMUSettingsOption.self, forKey: tag))
        case .value: .value(try container.decode(QEMUValueOption.self, forKey: tag))
        case .flag: .flag(try container.decode(QEMUFlag.self, forKey: tag))
        case .untyped: .untyped(try container.decode(QEMUOption.self, forKey: tag))
        case .image: .image(try container.decode(String.self, forKey: tag))
        }
    }

    /// Encodes `{"<family>": <typed option>}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Tag.self)
        switch self {
        case .machine(let value): try container.encode(value, forKey: .machine)
        case .accelerator(let value): try container.encode(value, forKey: .accelerator)
        case .cpu(let value): try container.encode(value, forKey: .cpu)
        case .smp(let value): try container.encode(value, forKey: .smp)
        case .memory(let value): try container.encode(value, forKey: .memory)
        case .numa(let value): try container.encode(value, forKey: .numa)
        case .boot(let value): try container.encode(value, forKey: .boot)
        case .drive(let value): try container.encode(value, forKey: .drive)
        case .blockdev(let value): try container.encode(value, forKey: .blockdev)
        case .netdev(let value): try container.encode(value, forKey: .netdev)
        case .nic(let value): try container.encode(value, forKey: .nic)
        case .device(let value): try container.encode(value, forKey: .device)
        case .object(let value): try container.encode(value, forKey: .object)
        case .chardev(let value): try container.encode(value, forKey: .chardev)
        case .chardevFrontend(let value): try container.encode(value, forKey: .chardevFrontend)
        case .global(let value): try container.encode(value, forKey: .global)
        case .set(let value): try container.encode(value, forKey: .set)
        case .display(let value): try container.encode(value, forKey: .display)
        case .vnc(let value): try container.encode(value, forKey: .vnc)
        case .spice(let value): try container.encode(value, forKey: .spice)
        case .fsdev(let value): try container.encode(value, forKey: .fsdev)
        case .virtfs(let value): try container.encode(value, forKey: .virtfs)
        case .monitor(let value): try container.encode(value, forKey: .monitor)
        case .guestName(let value): try container.encode(value, forKey: .guestName)
        case .rtc(let value): try container.encode(value, forKey: .rtc)
        case .audiodev(let value): try container.encode(value, forKey: .audiodev)
        case .audio(let value): try container.encode(value, forKey: .audio)
        case .tpmdev(let value): try container.encode(value, forKey: .tpmdev)
        case .smbios(let value): try container.encode(value, forKey: .smbios)
        case .firmwareConfig(let value): try container.encode(value, forKey: .firmwareConfig)
        case .icount(let value): try container.encode(value, forKey: .icount)
        case .overcommit(let value): try container.encode(value, forKey: .overcommit)
        case .message(let value): try container.encode(value, forKey: .message)
        case .sandbox(let value): try container.encode(value, forKey: .sandbox)
        case .runWith(let value): try container.encode(value, forKey: .runWith)
        case .trace(let value): try container.encode(value, forKey: .trace)
        case .settings(let value): try container.encode(value, forKey: .settings)
        case .value(let value): try container.encode(value, forKey: .value)
        case .flag(let value): try container.encode(value, forKey: .flag)
        case .untyped(let value): try container.encode(value, forKey: .untyped)
        case .image(let value): try container.encode(value, forKey: .image)
        }
    }
}
