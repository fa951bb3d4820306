import QEMUCommand

/// Reads the CXL topology of a parsed command line: machine settings, memory backends, CXL
/// devices and `cxl-fmw` windows. Properties the model has no field for are kept in order.
public struct CXLTopologyExtractor {
    private var topology = CXLTopology(machine: CXLMachine(type: "pc", isCXLEnabled: false))
    private var diagnostics: [Diagnostic] = []
    private var locations: [String: SourceRange] = [:]
    private var otherSlots: [CXLPCIeSlot] = []
    private var machineSettings: [QEMUKeyvalElement] = []
    private var machineRange: SourceRange?

    private init() {}

    /// The topology of a command line parsed from text, with components located in that text.
    public static func extract(from result: QEMUParseResult) -> CXLExtraction {
        var extractor = CXLTopologyExtractor()
        for (index, item) in result.commandLine.items.enumerated() {
            guard case .option(let option) = item else { continue }
            let source = result.itemSources.indices.contains(index) ? result.itemSources[index] : nil
            let range = source.map { SourceRange(start: $0.word.range.start, end: ($0.argumentWord ?? $0.word).range.end) }
            extractor.read(option, at: range ?? SourceRange(at: .start))
        }
        return extractor.finish()
    }

    /// The topology of a command line built in code (components are located at the start).
    public static func extract(from commandLine: QEMUCommandLine) -> CXLExtraction {
        var extractor = CXLTopologyExtractor()
        for option in commandLine.options {
            extractor.read(option, at: SourceRange(at: .start))
        }
        return extractor.finish()
    }

    private mutating func read(_ option: QEMUOption, at range: SourceRange) {
        switch (option.name, option.argument?.syntax) {
        case ("machine", .keyval(let tree)?), ("M", .keyval(let tree)?):
            machineSettings += tree.elements
            machineRange = machineRange ?? range
        case ("device", .qemuOpts(let tree)?):
            readDevice(tree, at: range)
        case ("object", .qemuOpts(let tree)?):
            readBackend(tree, at: range)
        case ("device", .json(let json)?):
            if let tree = Self.settingsTree(json.value, impliedKey: "driver") { readDevice(tree, at: range) }
        case ("object", .json(let json)?):
            if let tree = Self.settingsTree(json.value, impliedKey: "qom-type") { readBackend(tree, at: range) }
        case ("m", .qemuOpts(let tree)?):
            var reader = CXLPropertyReader(subject: "-m", range: range)
            topology.machine.memory = reader.memorySize("size", tree.value(forKey: "size"))
            topology.machine.maxMemory = reader.size("maxmem", tree.value(forKey: "maxmem"))
            topology.machine.memorySlots = reader.integer("slots", tree.value(forKey: "slots"))
            diagnostics += reader.diagnostics
        case ("numa", .qemuOpts(let tree)?) where tree.impliedValue == "node":
            topology.machine.numaNodeCount += 1
        case ("accel", .qemuOpts(let tree)?):
            topology.machine.accelerator = tree.impliedValue
        case ("enable-kvm", _):
            topology.machine.accelerator = "kvm"
        case ("cpu", _):
            readCPU(option.argument?.text ?? "")
        default:
            break
        }
    }

    private mutating func readCPU(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        topology.machine.cpu = parts.first.map(String.init)
        for part in parts.dropFirst() where part.hasPrefix("phys-bits=") {
            topology.machine.physicalAddressBits = Int(part.dropFirst("phys-bits=".count))
        }
    }

    private mutating func readBackend(_ tree: QEMUOptsArgument, at range: SourceRange) {
        guard let kind = tree.impliedValue.flatMap(CXLBackendKind.init(rawValue:)), let id = tree.id else { return }
        var reader = CXLPropertyReader(subject: "backend \(id)", range: range)
        let backend = CXLMemoryBackend(
            id: id, kind: kind, share: reader.bool("share", tree.value(forKey: "share")), path: tree.value(forKey: "mem-path"),
            size: reader.size("size", tree.value(forKey: "size")),
            extraProperties: Self.extras(tree, known: ["qom-type", "id", "share", "mem-path", "size"]))
        diagnostics += reader.diagnostics
        topology.backends.append(backend)
        locations[id] = range
    }

    private mutating func readDevice(_ tree: QEMUOptsArgument, at range: SourceRange) {
        guard let driver = tree.impliedValue else { return }
        guard let kind = CXLComponentKind(rawValue: driver) else {
            if CXLPCIeSlot.drivers.contains(driver) { readSlot(tree, driver: driver, at: range) }
            return
        }
        let id = tree.id
        var reader = CXLPropertyReader(subject: "\(driver) \(id ?? "(no id)")", range: range)
        let bus = tree.value(forKey: "bus") ?? ""
        switch kind {
        case .hostBridge:
            topology.hostBridges.append(CXLHostBridge(
                id: id ?? "", busNumber: reader.integer("bus_nr", tree.value(forKey: "bus_nr")), bus: tree.value(forKey: "bus"),
                numaNode: reader.integer("numa_node", tree.value(forKey: "numa_node")),
                hdmForPassthrough: reader.bool("hdm_for_passthrough", tree.value(forKey: "hdm_for_passthrough")),
                extraProperties: Self.extras(tree, known: ["driver", "id", "bus_nr", "bus", "numa_node", "hdm_for_passthrough"])))
        case .rootPort:
            topology.rootPorts.append(CXLRootPort(
                id: id ?? "", bus: bus, port: reader.integer("port", tree.value(forKey: "port")),
                chassis: reader.integer("chassis", tree.value(forKey: "chassis")), slot: reader.integer("slot", tree.value(forKey: "slot")),
                extraProperties: Self.extras(tree, known: ["driver", "id", "bus", "port", "chassis", "slot"])))
        case .upstreamPort:
            topology.upstreamPorts.append(CXLUpstreamPort(
                id: id ?? "", bus: bus, port: reader.integer("port", tree.value(forKey: "port")),
                serial: reader.serial("sn", tree.value(forKey: "sn")),
                extraProperties: Self.extras(tree, known: ["driver", "id", "bus", "port", "sn"])))
        case .downstreamPort:
            topology.downstreamPorts.append(CXLDownstreamPort(
                id: id ?? "", bus: bus, port: reader.integer("port", tree.value(forKey: "port")),
                chassis: reader.integer("chassis", tree.value(forKey: "chassis")), slot: reader.integer("slot", tree.value(forKey: "slot")),
                extraProperties: Self.extras(tree, known: ["driver", "id", "bus", "port", "chassis", "slot"])))
        case .mailboxCCI:
            topology.mailboxCCIs.append(CXLSwitchMailboxCCI(
                id: id, bus: bus, target: tree.value(forKey: "target"),
                extraProperties: Self.extras(tree, known: ["driver", "id", "bus", "target"])))
        case .memoryDevice:
            topology.memoryDevices.append(memoryDevice(tree, id: id ?? "", bus: bus, reader: &reader))
        }
        diagnostics += reader.diagnostics
        if let id { locations[id] = range }
    }

    private mutating func readSlot(_ tree: QEMUOptsArgument, driver: String, at range: SourceRange) {
        var reader = CXLPropertyReader(subject: "\(driver) \(tree.id ?? "(no id)")", range: range)
        otherSlots.append(CXLPCIeSlot(
            id: tree.id, driver: driver, chassis: reader.integer("chassis", tree.value(forKey: "chassis")) ?? 0,
            slot: reader.integer("slot", tree.value(forKey: "slot")) ?? 0))
        diagnostics += reader.diagnostics
        if let id = tree.id { locations[id] = range }
    }

    private func memoryDevice(_ tree: QEMUOptsArgument, id: String, bus: String, reader: inout CXLPropertyReader) -> CXLType3Device {
        CXLType3Device(
            id: id, bus: bus, legacyMemdev: tree.value(forKey: "memdev"), persistentMemdev: tree.value(forKey: "persistent-memdev"),
            volatileMemdev: tree.value(forKey: "volatile-memdev"), dynamicCapacityMemdev: tree.value(forKey: "volatile-dc-memdev"),
            dynamicCapacityRegions: reader.integer("num-dc-regions", tree.value(forKey: "num-dc-regions")),
            lsa: tree.value(forKey: "lsa"), serial: reader.serial("sn", tree.value(forKey: "sn")),
            extraProperties: Self.extras(tree, known: [
                "driver", "id", "bus", "memdev", "persistent-memdev", "volatile-memdev", "volatile-dc-memdev", "num-dc-regions", "lsa", "sn",
            ]))
    }

    /// A JSON `-device`/`-object` argument as the key=value settings it stands for (strings as
    /// written, numbers in their spelling, booleans as on/off); `nil` when it is not an object.
    private static func settingsTree(_ value: JSONValue, impliedKey: String) -> QEMUOptsArgument? {
        guard case .object(let members) = value else { return nil }
        let elements: [QEMUOptsElement] = members.compactMap { member in
            switch member.value {
            case .string(let text): .pair(key: member.key, value: text)
            case .number(let number): .pair(key: member.key, value: number.text)
            case .bool(let flag): .pair(key: member.key, value: flag ? "on" : "off")
            default: nil
            }
        }
        return QEMUOptsArgument(impliedKey: impliedKey, elements: elements)
    }

    /// Settings the model has no field for, in order, each key once (QEMU's last value).
    private static func extras(_ tree: QEMUOptsArgument, known: Set<String>) -> [CXLProperty] {
        var seen: Set<String> = []
        return tree.settings.reversed().filter { !known.contains($0.key) && seen.insert($0.key).inserted }.reversed()
            .map { CXLProperty($0.key, $0.value) }
    }

    /// Reads the merged `-machine`/`-M` settings: type, `cxl`, `accel` and the windows.
    private mutating func finish() -> CXLExtraction {
        let range = machineRange ?? SourceRange(at: .start)
        let merged = QEMUKeyvalArgument(impliedKey: "type", elements: machineSettings)
        var reader = CXLPropertyReader(subject: "-machine", range: range)
        if let type = merged.value(forKey: "type") { topology.machine.type = type }
        topology.machine.isCXLEnabled = reader.bool("cxl", merged.value(forKey: "cxl")) ?? false
        if let accel = merged.value(forKey: "accel") { topology.machine.accelerator = accel }
        locations["machine"] = range
        do {
            let tree = try merged.tree()
            if case .list(let windows)? = tree["cxl-fmw"] {
                topology.windows = windows.enumerated().map { index, node in window(node, index: index, reader: &reader) }
            }
        } catch {
            diagnostics.append(Diagnostic(
                .error, "the machine's cxl-fmw settings cannot be read: \(error.message)", at: range, rule: "cxl.window-incomplete",
                fix: error.fix ?? "number windows cxl-fmw.0, cxl-fmw.1, … and their targets .targets.0, .targets.1, … without gaps"))
        }
        diagnostics += reader.diagnostics
        return CXLExtraction(topology: topology, diagnostics: diagnostics, locations: locations, otherSlots: otherSlots)
    }

    private mutating func window(_ node: QEMUKeyvalNode, index: Int, reader: inout CXLPropertyReader) -> CXLFixedMemoryWindow {
        locations[CXLCheckContext.windowSubject(index)] = machineRange
        var targets: [String] = []
        if case .list(let list)? = node["targets"] {
            targets = list.compactMap(\.string)
        }
        return CXLFixedMemoryWindow(
            targets: targets, size: reader.size("cxl-fmw.\(index).size", node["size"]?.string),
            interleaveGranularity: reader.size("cxl-fmw.\(index).interleave-granularity", node["interleave-granularity"]?.string))
    }
}
