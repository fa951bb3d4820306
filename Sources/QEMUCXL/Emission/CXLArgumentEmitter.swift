import QEMUCommand

/// Turns a ``CXLTopology`` into QEMU arguments for one target version.
///
/// Every argument is built as a QemuOpts or keyval syntax tree and printed with its `text`, so
/// escaping lives in QEMUCommand. Parents are emitted before their children.
public struct CXLArgumentEmitter: Sendable {
    /// The topology to emit.
    public var topology: CXLTopology
    /// The QEMU version the arguments are for.
    public var version: QEMUVersion

    /// Creates an emitter.
    public init(topology: CXLTopology, version: QEMUVersion) {
        self.topology = topology
        self.version = version
    }

    /// The arguments, without the program name.
    public func arguments() throws(CXLVersionError) -> [String] {
        try CXLVersionError.require(.cxl, in: version, for: "machine \(topology.machine.type)")
        if topology.machine.isArm {
            try CXLVersionError.require(.armVirt, in: version, for: "machine \(topology.machine.type)")
        }
        var words = machineArguments()
        for backend in topology.backends {
            words += ["-object", Self.opts("qom-type", backend.kind.rawValue, backendProperties(backend))]
        }
        for device in try orderedDevices() {
            words += ["-device", device]
        }
        if !topology.windows.isEmpty {
            words += ["-M", windowArgument()]
        }
        return words
    }

    private func machineArguments() -> [String] {
        let machine = topology.machine
        let type = QEMUKeyvalArgument(
            impliedKey: "type", elements: [.implied(value: machine.type), .pair(key: "cxl", value: machine.isCXLEnabled ? "on" : "off")])
        var words = ["-machine", type.text]
        if let memory = machine.memory {
            var pairs: [CXLProperty] = []
            if let maxMemory = machine.maxMemory { pairs.append(CXLProperty("maxmem", QEMUSize(bytes: maxMemory).text)) }
            if let slots = machine.memorySlots { pairs.append(CXLProperty("slots", String(slots))) }
            words += ["-m", Self.opts("size", QEMUSize(bytes: memory).memoryText, pairs)]
        }
        if let cpu = machine.cpu { words += ["-cpu", cpu] }
        return words + numaArguments()
    }

    /// `-numa node` options. QEMU wants all RAM in NUMA nodes, so node 0 gets the guest RAM as
    /// backend `numa-ram0` and the others (for CXL host bridges) are memory-less.
    private func numaArguments() -> [String] {
        let machine = topology.machine
        guard machine.numaNodeCount > 0 else { return [] }
        var words: [String] = []
        var firstNode = [CXLProperty("nodeid", "0")]
        if let memory = machine.memory {
            let id = Self.numaMemoryBackend
            if topology.backend(id) == nil {
                words += ["-object", Self.opts("qom-type", CXLBackendKind.ram.rawValue, [CXLProperty("id", id), CXLProperty("size", QEMUSize(bytes: memory).text)])]
            }
            firstNode.append(CXLProperty("memdev", id))
        }
        words += ["-numa", Self.opts("type", "node", firstNode)]
        for node in 1..<machine.numaNodeCount {
            words += ["-numa", Self.opts("type", "node", [CXLProperty("nodeid", String(node))])]
        }
        return words
    }

    /// The id of the backend holding guest RAM when NUMA nodes are emitted.
    static let numaMemoryBackend = "numa-ram0"

    private func backendProperties(_ backend: CXLMemoryBackend) -> [CXLProperty] {
        var properties = [CXLProperty("id", backend.id)]
        if let share = backend.share { properties.append(CXLProperty("share", share ? "on" : "off")) }
        if let path = backend.path { properties.append(CXLProperty("mem-path", path)) }
        if let size = backend.size { properties.append(CXLProperty("size", QEMUSize(bytes: size).text)) }
        return properties + backend.extraProperties
    }

    /// `-device` arguments, each parent before its children, then anything whose parent is unknown.
    private func orderedDevices() throws(CXLVersionError) -> [String] {
        var emitted: Set<String> = []
        var result: [String] = []
        for bridge in topology.hostBridges {
            try result.append(hostBridge(bridge))
            try appendChildren(of: bridge.id, into: &result, emitted: &emitted)
        }
        for port in topology.rootPorts where !emitted.contains("rp:" + port.id) {
            try appendRootPort(port, into: &result, emitted: &emitted)
        }
        for port in topology.upstreamPorts where !emitted.contains("us:" + port.id) {
            try appendUpstreamPort(port, into: &result, emitted: &emitted)
        }
        for port in topology.downstreamPorts where !emitted.contains("ds:" + port.id) {
            try appendDownstreamPort(port, into: &result, emitted: &emitted)
        }
        for (index, cci) in topology.mailboxCCIs.enumerated() where !emitted.contains("cci:\(index)") {
            try result.append(mailboxCCI(cci))
        }
        for device in topology.memoryDevices where !emitted.contains("t3:" + device.id) {
            try result.append(memoryDevice(device))
        }
        return result
    }

    private func appendChildren(of parent: String, into result: inout [String], emitted: inout Set<String>) throws(CXLVersionError) {
        for port in topology.rootPorts where port.bus == parent && !emitted.contains("rp:" + port.id) {
            try appendRootPort(port, into: &result, emitted: &emitted)
        }
        for port in topology.upstreamPorts where port.bus == parent && !emitted.contains("us:" + port.id) {
            try appendUpstreamPort(port, into: &result, emitted: &emitted)
        }
        for port in topology.downstreamPorts where port.bus == parent && !emitted.contains("ds:" + port.id) {
            try appendDownstreamPort(port, into: &result, emitted: &emitted)
        }
        for device in topology.memoryDevices where device.bus == parent && !emitted.contains("t3:" + device.id) {
            emitted.insert("t3:" + device.id)
            try result.append(memoryDevice(device))
        }
    }

    private func appendRootPort(_ port: CXLRootPort, into result: inout [String], emitted: inout Set<String>) throws(CXLVersionError) {
        emitted.insert("rp:" + port.id)
        result.append(rootPort(port))
        try appendChildren(of: port.id, into: &result, emitted: &emitted)
    }

    private func appendUpstreamPort(_ port: CXLUpstreamPort, into result: inout [String], emitted: inout Set<String>) throws(CXLVersionError) {
        emitted.insert("us:" + port.id)
        try result.append(upstreamPort(port))
        for (index, cci) in topology.mailboxCCIs.enumerated() where cci.target == port.id && !emitted.contains("cci:\(index)") {
            emitted.insert("cci:\(index)")
            try result.append(mailboxCCI(cci))
        }
        try appendChildren(of: port.id, into: &result, emitted: &emitted)
    }

    private func appendDownstreamPort(_ port: CXLDownstreamPort, into result: inout [String], emitted: inout Set<String>) throws(CXLVersionError) {
        emitted.insert("ds:" + port.id)
        result.append(downstreamPort(port))
        try appendChildren(of: port.id, into: &result, emitted: &emitted)
    }

    private func hostBridge(_ bridge: CXLHostBridge) throws(CXLVersionError) -> String {
        var properties: [CXLProperty] = []
        if let busNumber = bridge.busNumber { properties.append(CXLProperty("bus_nr", String(busNumber))) }
        if let bus = bridge.bus { properties.append(CXLProperty("bus", bus)) }
        properties += Self.idProperty(bridge.id)
        if let node = bridge.numaNode { properties.append(CXLProperty("numa_node", String(node))) }
        if let passthrough = bridge.hdmForPassthrough {
            try CXLVersionError.require(.hdmForPassthrough, in: version, for: "host bridge \(bridge.id)")
            properties.append(CXLProperty("hdm_for_passthrough", passthrough ? "on" : "off"))
        }
        return Self.opts("driver", CXLComponentKind.hostBridge.rawValue, properties + bridge.extraProperties)
    }

    private func rootPort(_ port: CXLRootPort) -> String {
        var properties: [CXLProperty] = []
        if let number = port.port { properties.append(CXLProperty("port", String(number))) }
        properties.append(CXLProperty("bus", port.bus))
        properties += Self.idProperty(port.id)
        properties += Self.slotProperties(chassis: port.chassis, slot: port.slot)
        return Self.opts("driver", CXLComponentKind.rootPort.rawValue, properties + port.extraProperties)
    }

    private func upstreamPort(_ port: CXLUpstreamPort) throws(CXLVersionError) -> String {
        var properties: [CXLProperty] = []
        if let number = port.port { properties.append(CXLProperty("port", String(number))) }
        properties.append(CXLProperty("bus", port.bus))
        properties += Self.idProperty(port.id)
        properties += port.extraProperties
        if let serial = port.serial {
            try CXLVersionError.require(.switchSerialNumber, in: version, for: "switch upstream port \(port.id)")
            properties.append(CXLProperty("sn", Self.serialText(serial)))
        }
        return Self.opts("driver", CXLComponentKind.upstreamPort.rawValue, properties)
    }

    private func downstreamPort(_ port: CXLDownstreamPort) -> String {
        var properties: [CXLProperty] = []
        if let number = port.port { properties.append(CXLProperty("port", String(number))) }
        properties.append(CXLProperty("bus", port.bus))
        properties += Self.idProperty(port.id)
        properties += Self.slotProperties(chassis: port.chassis, slot: port.slot)
        return Self.opts("driver", CXLComponentKind.downstreamPort.rawValue, properties + port.extraProperties)
    }

    private func mailboxCCI(_ cci: CXLSwitchMailboxCCI) throws(CXLVersionError) -> String {
        try CXLVersionError.require(.switchMailboxCCI, in: version, for: "switch mailbox CCI on \(cci.bus)")
        var properties = [CXLProperty("bus", cci.bus)]
        properties += cci.extraProperties
        if let target = cci.target { properties.append(CXLProperty("target", target)) }
        if let id = cci.id { properties.append(CXLProperty("id", id)) }
        return Self.opts("driver", CXLComponentKind.mailboxCCI.rawValue, properties)
    }

    private func memoryDevice(_ device: CXLType3Device) throws(CXLVersionError) -> String {
        let subject = "device \(device.id)"
        var properties = [CXLProperty("bus", device.bus)]
        if let memdev = device.legacyMemdev { properties.append(CXLProperty("memdev", memdev)) }
        if let memdev = device.persistentMemdev {
            if CXLFeature.persistentVolatileMemdev.isAvailable(in: version) {
                properties.append(CXLProperty("persistent-memdev", memdev))
            } else if device.legacyMemdev == nil, device.volatileMemdev == nil {
                properties.append(CXLProperty("memdev", memdev))
            } else {
                try CXLVersionError.require(.persistentVolatileMemdev, in: version, for: subject)
            }
        }
        if let memdev = device.volatileMemdev {
            try CXLVersionError.require(.persistentVolatileMemdev, in: version, for: subject)
            properties.append(CXLProperty("volatile-memdev", memdev))
        }
        if device.dynamicCapacityMemdev != nil || device.dynamicCapacityRegions != nil {
            try CXLVersionError.require(.dynamicCapacity, in: version, for: subject)
        }
        if let memdev = device.dynamicCapacityMemdev { properties.append(CXLProperty("volatile-dc-memdev", memdev)) }
        if let regions = device.dynamicCapacityRegions { properties.append(CXLProperty("num-dc-regions", String(regions))) }
        if let lsa = device.lsa { properties.append(CXLProperty("lsa", lsa)) }
        properties += Self.idProperty(device.id)
        if let serial = device.serial {
            try CXLVersionError.require(.deviceSerialNumber, in: version, for: subject)
            properties.append(CXLProperty("sn", Self.serialText(serial)))
        }
        return Self.opts("driver", CXLComponentKind.memoryDevice.rawValue, properties + device.extraProperties)
    }

    /// `cxl-fmw.N.targets.M=…,cxl-fmw.N.size=…,cxl-fmw.N.interleave-granularity=…` as one keyval argument.
    private func windowArgument() -> String {
        var elements: [QEMUKeyvalElement] = []
        for (index, window) in topology.windows.enumerated() {
            let prefix = "cxl-fmw.\(index)."
            for (position, target) in window.targets.enumerated() {
                elements.append(.pair(key: prefix + "targets.\(position)", value: target))
            }
            if let size = window.size { elements.append(.pair(key: prefix + "size", value: QEMUSize(bytes: size).text)) }
            if let granularity = window.interleaveGranularity {
                elements.append(.pair(key: prefix + "interleave-granularity", value: QEMUSize(bytes: granularity).text))
            }
        }
        return QEMUKeyvalArgument(impliedKey: "type", elements: elements).text
    }

    /// `id=` unless the component has none (an extracted `-device pxb-cxl,bus=pcie.0`).
    private static func idProperty(_ id: String) -> [CXLProperty] {
        id.isEmpty ? [] : [CXLProperty("id", id)]
    }

    private static func slotProperties(chassis: Int?, slot: Int?) -> [CXLProperty] {
        var properties: [CXLProperty] = []
        if let chassis { properties.append(CXLProperty("chassis", String(chassis))) }
        if let slot { properties.append(CXLProperty("slot", String(slot))) }
        return properties
    }

    /// `0x1`: serial numbers in hexadecimal, as QEMU's documentation writes them.
    static func serialText(_ serial: UInt64) -> String { "0x" + String(serial, radix: 16) }

    /// A QemuOpts argument with an implied first value, printed by QEMUCommand.
    private static func opts(_ impliedKey: String, _ implied: String, _ properties: [CXLProperty]) -> String {
        let elements = [QEMUOptsElement.implied(value: implied)] + properties.map { .pair(key: $0.key, value: $0.value) }
        return QEMUOptsArgument(impliedKey: impliedKey, elements: elements).text
    }
}

extension CXLTopology {
    /// The QEMU arguments (without the program) for `version`; throws when the version lacks something the topology uses.
    public func arguments(for version: QEMUVersion) throws(CXLVersionError) -> [String] {
        try CXLArgumentEmitter(topology: self, version: version).arguments()
    }
}
