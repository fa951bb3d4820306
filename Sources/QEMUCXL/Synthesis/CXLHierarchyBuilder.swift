import QEMUCommand

/// Adds described host bridges, root ports, switches and devices to a topology under construction.
struct CXLHierarchyBuilder {
    let version: QEMUVersion
    let description: CXLTopologyDescription

    private var backendDirectory: String { description.backendDirectory ?? "/tmp" }
    private var name: String { description.name ?? "cxl" }

    func addHostBridge(_ bridge: CXLHostBridgeDescription, at index: Int, into state: inout CXLSynthesisState) throws(CXLSynthesisError) {
        let path = "host_bridges[\(index)]"
        let id = try state.id(bridge.id, prefix: "cxl.", at: path + ".id")
        if let node = bridge.numaNode, node >= description.numaNodes ?? 0 {
            throw CXLSynthesizer.invalid(path + ".numa_node", "NUMA node \(node) does not exist (numa_nodes is \(description.numaNodes ?? 0))",
                                         "set numa_nodes to \(node + 1) or more")
        }
        if bridge.hdmForPassthrough != nil {
            try require(.hdmForPassthrough, for: "host bridge \(id)")
        }
        state.topology.hostBridges.append(CXLHostBridge(
            id: id, busNumber: bridge.busNumber, numaNode: bridge.numaNode, hdmForPassthrough: bridge.hdmForPassthrough))
        var ports = bridge.rootPorts
        let pads = description.padRootPorts ?? !CXLFeature.hdmForPassthrough.isAvailable(in: version)
        if pads, ports.count == 1 { ports.append(CXLRootPortDescription()) }
        guard !ports.isEmpty else {
            throw CXLSynthesizer.invalid(path + ".root_ports", "a host bridge needs a root port", "add a root port")
        }
        var usedPorts: Set<Int> = []
        for (portIndex, port) in ports.enumerated() {
            let portPath = path + ".root_ports[\(portIndex)]"
            let number = port.port ?? Self.firstFree(from: portIndex, in: usedPorts)
            guard usedPorts.insert(number).inserted else {
                throw CXLSynthesizer.invalid(portPath + ".port", "port \(number) is used twice in host bridge \(id)",
                                             "give each root port of a host bridge its own number")
            }
            try addRootPort(port, number: number, hostBridge: id, at: portPath, into: &state)
        }
    }

    private func addRootPort(
        _ port: CXLRootPortDescription, number: Int, hostBridge: String, at path: String, into state: inout CXLSynthesisState
    ) throws(CXLSynthesisError) {
        let id = try state.id(port.id, prefix: "rp", at: path + ".id")
        state.topology.rootPorts.append(CXLRootPort(id: id, bus: hostBridge, port: number, chassis: 0, slot: state.slot()))
        switch (port.device, port.switch) {
        case (let device?, nil):
            try addDevice(device, bus: id, at: path + ".device", into: &state)
        case (nil, let described?):
            try addSwitch(described, bus: id, at: path + ".switch", into: &state)
        case (nil, nil):
            break
        case (.some, .some):
            throw CXLSynthesizer.invalid(path, "a root port holds either a device or a switch, not both",
                                         "move the device below one of the switch's downstream ports")
        }
    }

    private func addSwitch(_ described: CXLSwitchDescription, bus: String, at path: String, into state: inout CXLSynthesisState) throws(CXLSynthesisError) {
        let id = try state.id(described.id, prefix: "us", at: path + ".id")
        var upstream = CXLUpstreamPort(id: id, bus: bus)
        if let serial = described.serial {
            try require(.switchSerialNumber, for: "switch \(id)")
            upstream.serial = serial.value
        }
        if described.mailboxCCI == true {
            try require(.switchMailboxCCI, for: "switch \(id)")
            upstream.extraProperties = [CXLProperty("multifunction", "on"), CXLProperty("addr", "0.0")]
            let cciID = try state.id(nil, prefix: "swcci", at: path + ".mailbox_cci")
            state.topology.mailboxCCIs.append(CXLSwitchMailboxCCI(
                id: cciID, bus: bus, target: id, extraProperties: [CXLProperty("addr", "0.1")]))
        }
        state.topology.upstreamPorts.append(upstream)
        guard !described.downstreamPorts.isEmpty else {
            throw CXLSynthesizer.invalid(path + ".downstream_ports", "a switch needs a downstream port", "add a downstream port")
        }
        var usedPorts: Set<Int> = []
        for (index, port) in described.downstreamPorts.enumerated() {
            let portPath = path + ".downstream_ports[\(index)]"
            let number = port.port ?? Self.firstFree(from: index, in: usedPorts)
            guard usedPorts.insert(number).inserted else {
                throw CXLSynthesizer.invalid(portPath + ".port", "port \(number) is used twice in switch \(id)",
                                             "give each downstream port of a switch its own number")
            }
            let portID = try state.id(port.id, prefix: "swport", at: portPath + ".id")
            state.topology.downstreamPorts.append(CXLDownstreamPort(id: portID, bus: id, port: number, chassis: 0, slot: state.slot()))
            if let device = port.device {
                try addDevice(device, bus: portID, at: portPath + ".device", into: &state)
            }
        }
    }

    private func addDevice(_ device: CXLDeviceDescription, bus: String, at path: String, into state: inout CXLSynthesisState) throws(CXLSynthesisError) {
        let id = try state.id(device.id, prefix: Self.idPrefix(device), at: path + ".id")
        let subject = "device \(id)"
        guard device.persistent != nil || device.volatile != nil || device.dynamicCapacity != nil else {
            throw CXLSynthesizer.invalid(path, "device \(id) has no memory", "give it persistent, volatile or dynamic_capacity")
        }
        var result = CXLType3Device(id: id, bus: bus)
        if let size = device.persistent {
            if device.volatile != nil { try require(.persistentVolatileMemdev, for: subject) }
            try checkCapacity(size, at: path + ".persistent")
            let backend = addBackend(id + "-pmem", .file, size: size.bytes, into: &state)
            if CXLFeature.persistentVolatileMemdev.isAvailable(in: version) {
                result.persistentMemdev = backend
            } else {
                result.legacyMemdev = backend
            }
        }
        if let size = device.volatile {
            try require(.persistentVolatileMemdev, for: subject)
            try checkCapacity(size, at: path + ".volatile")
            result.volatileMemdev = addBackend(id + "-vmem", device.volatileBackend?.kind ?? .ram, size: size.bytes, into: &state)
        }
        if let capacity = device.dynamicCapacity {
            try require(.dynamicCapacity, for: subject)
            try checkDynamicCapacity(capacity, at: path + ".dynamic_capacity")
            result.dynamicCapacityMemdev = addBackend(id + "-dc", .ram, size: capacity.size.bytes, into: &state)
            result.dynamicCapacityRegions = capacity.regions
        }
        if let lsa = device.lsa ?? (device.persistent != nil ? "256M" : nil) {
            guard lsa.bytes > 0 else {
                throw CXLSynthesizer.invalid(path + ".lsa", "the label storage area is empty", "give a size such as 128K or 256M")
            }
            result.lsa = addBackend(id + "-lsa", .file, size: lsa.bytes, into: &state)
        }
        if let serial = device.serial {
            try require(.deviceSerialNumber, for: subject)
            result.serial = serial.value
        } else if CXLFeature.deviceSerialNumber.isAvailable(in: version) {
            result.serial = state.serial()
        }
        state.topology.memoryDevices.append(result)
    }

    private func addBackend(_ id: String, _ kind: CXLBackendKind, size: UInt64, into state: inout CXLSynthesisState) -> String {
        let path = kind == .file ? backendDirectory + "/" + name + "-" + id + ".raw" : nil
        state.topology.backends.append(CXLMemoryBackend(id: id, kind: kind, share: true, path: path, size: size))
        return id
    }

    private func checkCapacity(_ size: CXLSize, at path: String) throws(CXLSynthesisError) {
        guard size.bytes > 0, size.bytes % CXLLimits.capacityUnit == 0 else {
            throw CXLSynthesizer.invalid(path, "\(size) is not a multiple of 256M, so Linux cannot identify the device",
                                         "use a multiple of 256M")
        }
    }

    private func checkDynamicCapacity(_ capacity: CXLDynamicCapacityDescription, at path: String) throws(CXLSynthesisError) {
        guard (1...CXLLimits.maximumDynamicCapacityRegions).contains(capacity.regions) else {
            throw CXLSynthesizer.invalid(path + ".regions", "\(capacity.regions) regions", "use 1 to 8 dynamic capacity regions")
        }
        let unit = UInt64(capacity.regions) * CXLLimits.capacityUnit
        guard capacity.size.bytes > 0, capacity.size.bytes % unit == 0 else {
            throw CXLSynthesizer.invalid(path + ".size", "\(capacity.size) is not a multiple of \(capacity.regions) × 256M",
                                         "use a multiple of \(QEMUSize(bytes: unit).text)")
        }
    }

    private func require(_ feature: CXLFeature, for subject: String) throws(CXLSynthesisError) {
        do {
            try CXLVersionError.require(feature, in: version, for: subject)
        } catch {
            throw .version(error)
        }
    }

    private static func idPrefix(_ device: CXLDeviceDescription) -> String {
        switch (device.persistent != nil, device.volatile != nil, device.dynamicCapacity != nil) {
        case (true, false, false): "cxl-pmem"
        case (false, true, false): "cxl-vmem"
        case (false, false, true): "cxl-dcd"
        default: "cxl-mem"
        }
    }

    private static func firstFree(from start: Int, in used: Set<Int>) -> Int {
        var number = start
        while used.contains(number) { number += 1 }
        return number
    }
}
