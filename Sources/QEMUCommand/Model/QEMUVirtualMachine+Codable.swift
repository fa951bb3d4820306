extension QEMUVirtualMachine: Codable {
    private enum CodingKeys: String, CodingKey {
        case environment, program, typedItems
        case machine, accelerators, cpu, smp, memory, numa, boot, kernel, initrd, append, dtb, bios, pflash
        case drives, blockdevs, netdevs, nics, devices, objects, chardevs, chardevFrontends, globals, sets
        case settingsOptions, valueOptions, flags, untypedOptions, images
        case display, vnc, spice, filesystemBackends, virtFS, monitors, guestName, rtc, audiodevs, audio, tpmdevs, smbios, firmwareConfigs, icount, overcommit, message, sandbox, runWith, traces
    }

    /// The plain options that have their own member.
    private static let namedValues: [(key: CodingKeys, name: String)] = [
        (.kernel, "kernel"), (.initrd, "initrd"), (.append, "append"), (.dtb, "dtb"), (.bios, "bios"),
    ]

    /// Decodes a model. With `typedItems` the items come from it in order, and the view members
    /// (`machine`, `devices`, …) are ignored; without it, the model is built from the view members
    /// in canonical order, so a hand-written description needs only the members it uses.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        environment = try container.decodeIfPresent([EnvironmentAssignment].self, forKey: .environment) ?? []
        program = try container.decodeIfPresent(String.self, forKey: .program)
        if let items = try container.decodeIfPresent([QEMUModelItem].self, forKey: .typedItems) {
            self.items = items
        } else {
            items = try Self.decodeViews(container)
        }
    }

    private static func decodeViews(_ container: KeyedDecodingContainer<CodingKeys>) throws -> [QEMUModelItem] {
        func list<T: Decodable>(_ type: T.Type, _ key: CodingKeys) throws -> [T] {
            try container.decodeIfPresent([T].self, forKey: key) ?? []
        }
        var items: [QEMUModelItem] = []
        if let machine = try container.decodeIfPresent(QEMUMachine.self, forKey: .machine) { items.append(.machine(machine)) }
        items += try list(QEMUAccelerator.self, .accelerators).map(QEMUModelItem.accelerator)
        if let cpu = try container.decodeIfPresent(QEMUCPU.self, forKey: .cpu) { items.append(.cpu(cpu)) }
        if let smp = try container.decodeIfPresent(QEMUSMP.self, forKey: .smp) { items.append(.smp(smp)) }
        if let memory = try container.decodeIfPresent(QEMUMemory.self, forKey: .memory) { items.append(.memory(memory)) }
        items += try list(QEMUNUMA.self, .numa).map(QEMUModelItem.numa)
        if let boot = try container.decodeIfPresent(QEMUBoot.self, forKey: .boot) { items.append(.boot(boot)) }
        for (key, name) in namedValues {
            if let value = try container.decodeIfPresent(String.self, forKey: key) { items.append(.value(QEMUValueOption(name, value))) }
        }
        items += try list(String.self, .pflash).map { .value(QEMUValueOption("pflash", $0)) }
        let named = Set(namedValues.map(\.name) + ["pflash"])
        items += try list(QEMUValueOption.self, .valueOptions).filter { !named.contains($0.name) }.map(QEMUModelItem.value)
        items += try list(QEMUObject.self, .objects).map(QEMUModelItem.object)
        items += try list(QEMUChardev.self, .chardevs).map(QEMUModelItem.chardev)
        items += try list(QEMUBlockdev.self, .blockdevs).map(QEMUModelItem.blockdev)
        items += try list(QEMUDrive.self, .drives).map(QEMUModelItem.drive)
        items += try list(QEMUNetdev.self, .netdevs).map(QEMUModelItem.netdev)
        items += try list(QEMUNIC.self, .nics).map(QEMUModelItem.nic)
        items += try list(QEMUDevice.self, .devices).map(QEMUModelItem.device)
        if let value = try container.decodeIfPresent(QEMUDisplay.self, forKey: .display) { items.append(.display(value)) }
        if let value = try container.decodeIfPresent(QEMUVNC.self, forKey: .vnc) { items.append(.vnc(value)) }
        if let value = try container.decodeIfPresent(QEMUSPICE.self, forKey: .spice) { items.append(.spice(value)) }
        items += try list(QEMUFilesystemBackend.self, .filesystemBackends).map(QEMUModelItem.fsdev)
        items += try list(QEMUVirtFS.self, .virtFS).map(QEMUModelItem.virtfs)
        items += try list(QEMUMonitor.self, .monitors).map(QEMUModelItem.monitor)
        if let value = try container.decodeIfPresent(QEMUGuestName.self, forKey: .guestName) { items.append(.guestName(value)) }
        if let value = try container.decodeIfPresent(QEMURTC.self, forKey: .rtc) { items.append(.rtc(value)) }
        items += try list(QEMUAudiodev.self, .audiodevs).map(QEMUModelItem.audiodev)
        if let value = try container.decodeIfPresent(QEMUAudio.self, forKey: .audio) { items.append(.audio(value)) }
        items += try list(QEMUTPMDevice.self, .tpmdevs).map(QEMUModelItem.tpmdev)
        items += try list(QEMUSMBIOS.self, .smbios).map(QEMUModelItem.smbios)
        items += try list(QEMUFirmwareConfig.self, .firmwareConfigs).map(QEMUModelItem.firmwareConfig)
        if let value = try container.decodeIfPresent(QEMUInstructionCount.self, forKey: .icount) { items.append(.icount(value)) }
        if let value = try container.decodeIfPresent(QEMUOvercommit.self, forKey: .overcommit) { items.append(.overcommit(value)) }
        if let value = try container.decodeIfPresent(QEMUMessageOptions.self, forKey: .message) { items.append(.message(value)) }
        if let value = try container.decodeIfPresent(QEMUSandbox.self, forKey: .sandbox) { items.append(.sandbox(value)) }
        if let value = try container.decodeIfPresent(QEMURunWith.self, forKey: .runWith) { items.append(.runWith(value)) }
        items += try list(QEMUTrace.self, .traces).map(QEMUModelItem.trace)
        items += try list(QEMUChardevFrontend.self, .chardevFrontends).map(QEMUModelItem.chardevFrontend)
        items += try list(QEMUGlobal.self, .globals).map(QEMUModelItem.global)
        items += try list(QEMUSetOption.self, .sets).map(QEMUModelItem.set)
        items += try list(QEMUSettingsOption.self, .settingsOptions).map(QEMUModelItem.settings)
        items += try list(QEMUFlag.self, .flags).map(QEMUModelItem.flag)
        items += try list(QEMUOption.self, .untypedOptions).map(QEMUModelItem.untyped)
        items += try list(String.self, .images).map(QEMUModelItem.image)
        return items
    }

    /// Encodes `typedItems` (every item in order, which decoding uses) and the views for readers:
    /// `machine`, `memory`, `devices`, ….
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !environment.isEmpty { try container.encode(environment, forKey: .environment) }
        try container.encodeIfPresent(program, forKey: .program)
        try container.encode(items, forKey: .typedItems)
        try container.encodeIfPresent(machine, forKey: .machine)
        try container.encodeIfPresent(cpu, forKey: .cpu)
        try container.encodeIfPresent(smp, forKey: .smp)
        try container.encodeIfPresent(memory, forKey: .memory)
        try container.encodeIfPresent(boot, forKey: .boot)
        for (key, name) in Self.namedValues { try container.encodeIfPresent(value(of: name), forKey: key) }
        try encodeNonEmpty(pflash, .pflash, &container)
        try encodeNonEmpty(accelerators, .accelerators, &container)
        try encodeNonEmpty(numa, .numa, &container)
        try encodeNonEmpty(drives, .drives, &container)
        try encodeNonEmpty(blockdevs, .blockdevs, &container)
        try encodeNonEmpty(netdevs, .netdevs, &container)
        try encodeNonEmpty(nics, .nics, &container)
        try encodeNonEmpty(devices, .devices, &container)
        try encodeNonEmpty(objects, .objects, &container)
        try encodeNonEmpty(chardevs, .chardevs, &container)
        try container.encodeIfPresent(display, forKey: .display)
        try container.encodeIfPresent(vnc, forKey: .vnc)
        try container.encodeIfPresent(spice, forKey: .spice)
        try encodeNonEmpty(filesystemBackends, .filesystemBackends, &container)
        try encodeNonEmpty(virtFS, .virtFS, &container)
        try encodeNonEmpty(monitors, .monitors, &container)
        try container.encodeIfPresent(guestName, forKey: .guestName)
        try container.encodeIfPresent(rtc, forKey: .rtc)
        try encodeNonEmpty(audiodevs, .audiodevs, &container)
        try container.encodeIfPresent(audio, forKey: .audio)
        try encodeNonEmpty(tpmdevs, .tpmdevs, &container)
        try encodeNonEmpty(smbios, .smbios, &container)
        try encodeNonEmpty(firmwareConfigs, .firmwareConfigs, &container)
        try container.encodeIfPresent(icount, forKey: .icount)
        try container.encodeIfPresent(overcommit, forKey: .overcommit)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(sandbox, forKey: .sandbox)
        try container.encodeIfPresent(runWith, forKey: .runWith)
        try encodeNonEmpty(traces, .traces, &container)
        try encodeNonEmpty(chardevFrontends, .chardevFrontends, &container)
        try encodeNonEmpty(globals, .globals, &container)
        try encodeNonEmpty(sets, .sets, &container)
        try encodeNonEmpty(settingsOptions, .settingsOptions, &container)
        try encodeNonEmpty(valueOptions, .valueOptions, &container)
        try encodeNonEmpty(flags, .flags, &container)
        try encodeNonEmpty(untypedOptions, .untypedOptions, &container)
        try encodeNonEmpty(images, .images, &container)
    }

    private func encodeNonEmpty<T: Encodable>(_ values: [T], _ key: CodingKeys, _ container: inout KeyedEncodingContainer<CodingKeys>) throws {
        if !values.isEmpty { try container.encode(values, forKey: key) }
    }
}
