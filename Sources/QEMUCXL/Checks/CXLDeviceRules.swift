import QEMUCommand

/// §2 E: type-3 devices, their backends, label areas and serial numbers.
enum CXLDeviceRules {
    static let unit = CXLLimits.capacityUnit
    static let propertyNames: Set<String> = [
        "lsa", "memdev", "persistent-memdev", "volatile-memdev", "volatile-dc-memdev", "target", "bus", "id", "cdat", "sn",
    ]

    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for device in context.topology.memoryDevices {
            result += memory(device, context) + backends(device, context) + capacity(device, context)
        }
        return result + reuse(context) + sharedLabels(context) + serials(context) + ambiguousIDs(context)
    }

    /// E24–E26: some memory; not `memdev` with `persistent-memdev`; persistent memory has an LSA.
    static func memory(_ device: CXLType3Device, _ context: CXLCheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        if device.legacyMemdev == nil, device.persistentMemdev == nil, device.volatileMemdev == nil, (device.dynamicCapacityRegions ?? 0) == 0 {
            result.append(context.diagnostic(
                .error, "device \(device.id): at least one memdev property must be set", subject: device.id, rule: "device-no-memory",
                fix: "add persistent-memdev= (memdev= before QEMU 8.1), volatile-memdev= or num-dc-regions= with volatile-dc-memdev="))
        }
        if device.legacyMemdev != nil, device.persistentMemdev != nil {
            result.append(context.diagnostic(
                .error, "device \(device.id): [memdev] cannot be used with new [persistent-memdev] property", subject: device.id,
                rule: "device-memdev-conflict", fix: "drop memdev= and keep persistent-memdev="))
        }
        if device.anyPersistentMemdev != nil, device.lsa == nil {
            result.append(context.diagnostic(
                .error, "device \(device.id): lsa property must be set for persistent devices", subject: device.id,
                rule: "device-lsa-missing", fix: "add -object memory-backend-file,id=\(device.id)-lsa,… and lsa=\(device.id)-lsa"))
        }
        return result
    }

    /// Every backend a device names exists.
    static func backends(_ device: CXLType3Device, _ context: CXLCheckContext) -> [Diagnostic] {
        (device.memdevs + [device.lsa].compactMap(\.self)).filter { context.topology.backend($0) == nil }.map { id in
            context.diagnostic(
                .error, "device \(device.id) names backend '\(id)', which no -object defines", subject: device.id,
                rule: "backend-unknown", fix: "add -object memory-backend-file or memory-backend-ram with id=\(id)")
        }
    }

    /// E28: each capacity is a multiple of 256 MiB.
    static func capacity(_ device: CXLType3Device, _ context: CXLCheckContext) -> [Diagnostic] {
        let sized = [("persistent", device.anyPersistentMemdev), ("volatile", device.volatileMemdev)]
        return sized.compactMap { name, id in
            guard let size = context.topology.backend(id)?.size, size % unit != 0 else { return nil }
            return context.diagnostic(
                .warning, "device \(device.id): \(name) capacity \(QEMUSize(bytes: size).text) is not a multiple of 256M, so Linux cannot identify the device",
                subject: device.id, rule: "capacity-alignment", fix: "size backend \(id ?? "") as a multiple of 256M")
        }
    }

    /// E27: a backend is mapped by one device only.
    static func reuse(_ context: CXLCheckContext) -> [Diagnostic] {
        let uses = context.topology.memoryDevices.flatMap { device in device.memdevs.map { (backend: $0, device: device.id) } }
        let rejects = !context.lacks(.memdevReuseCheck) && context.version != nil
        return CXLCheckContext.duplicates(uses.map(\.backend)).map { backend in
            let devices = uses.filter { $0.backend == backend }.map(\.device)
            return context.diagnostic(
                rejects ? .error : .warning, "memory backend \(backend) can't be used multiple times (devices \(devices.joined(separator: ", ")))",
                subject: devices.last ?? "", rule: "backend-reuse", fix: "give each device its own backend")
        }
    }

    /// E29: each device has its own label area.
    static func sharedLabels(_ context: CXLCheckContext) -> [Diagnostic] {
        let labels = context.topology.memoryDevices.compactMap { device in device.lsa.map { (lsa: $0, device: device.id) } }
        return CXLCheckContext.duplicates(labels.map(\.lsa)).map { lsa in
            let devices = labels.filter { $0.lsa == lsa }.map(\.device)
            return context.diagnostic(
                .warning, "label storage area \(lsa) is shared by \(devices.joined(separator: ", ")); their labels overwrite each other",
                subject: devices.last ?? "", rule: "lsa-shared", fix: "give each device its own LSA backend")
        }
    }

    /// E30: every device has a unique non-zero serial number.
    static func serials(_ context: CXLCheckContext) -> [Diagnostic] {
        let devices = context.topology.memoryDevices
        var result = devices.filter { ($0.serial ?? 0) == 0 }.map { device in
            context.diagnostic(
                .warning, "device \(device.id) has no serial number; Linux shows serial 0 and CXL tools cannot tell devices apart",
                subject: device.id, rule: "serial-missing", fix: "add sn=0x… (unique, non-zero)")
        }
        for serial in CXLCheckContext.duplicates(devices.compactMap(\.serial).filter { $0 != 0 }) {
            let ids = devices.filter { $0.serial == serial }.map(\.id)
            result.append(context.diagnostic(
                .warning, "devices \(ids.joined(separator: ", ")) share serial 0x\(String(serial, radix: 16))",
                subject: ids.last ?? "", rule: "serial-duplicate", fix: "give each device its own sn"))
        }
        return result
    }

    /// E32: backend ids that equal a property name resolve ambiguously.
    static func ambiguousIDs(_ context: CXLCheckContext) -> [Diagnostic] {
        context.topology.backends.filter { propertyNames.contains($0.id) }.map { backend in
            context.diagnostic(
                .warning, "backend id '\(backend.id)' is also a property name; QOM may report that the path does not uniquely identify an object",
                subject: backend.id, rule: "backend-id-ambiguous", fix: "use a prefixed id such as cxl-\(backend.id)0")
        }
    }
}
