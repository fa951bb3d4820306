import QEMUCommand

/// Builds a ``CXLTopology`` from a ``CXLTopologyDescription`` for one QEMU version.
///
/// It generates ids, spaces host bridge bus numbers so every bridge below has a bus, gives each
/// slot a unique chassis/slot pair and each port a unique number in its host bridge or switch,
/// gives devices unique non-zero serials, backends (files in the backend directory) and label
/// areas, and makes windows that cover the devices below their targets.
public struct CXLSynthesizer: Sendable {
    /// The QEMU version the topology is for.
    public var version: QEMUVersion

    /// Creates a synthesizer for `version`.
    public init(version: QEMUVersion) {
        self.version = version
    }

    /// The topology for `description`.
    public func synthesize(_ description: CXLTopologyDescription) throws(CXLSynthesisError) -> CXLTopology {
        guard !description.hostBridges.isEmpty, description.hostBridges.count <= CXLLimits.maximumHostBridges else {
            throw Self.invalid("host_bridges", "\(description.hostBridges.count) host bridges given",
                               "give 1 to 16 host bridges (QEMU has register space for 16)")
        }
        var state = CXLSynthesisState(reservedSerials: try reservedSerials(description))
        state.topology.machine = try machine(description)
        let builder = CXLHierarchyBuilder(version: version, description: description)
        for (index, bridge) in description.hostBridges.enumerated() {
            try builder.addHostBridge(bridge, at: index, into: &state)
        }
        try assignBusNumbers(description, into: &state.topology)
        state.topology.windows = try CXLWindowBuilder(description: description, topology: state.topology).windows()
        return state.topology
    }

    private func machine(_ description: CXLTopologyDescription) throws(CXLSynthesisError) -> CXLMachine {
        let type = description.machine ?? "q35"
        guard type == "q35" || type == "virt" else {
            throw Self.invalid("machine", "'\(type)' cannot hold CXL host bridges", "use q35 (x86) or virt (arm)")
        }
        do {
            try CXLVersionError.require(.cxl, in: version, for: "machine \(type)")
            if type == "virt" { try CXLVersionError.require(.armVirt, in: version, for: "machine virt") }
        } catch {
            throw .version(error)
        }
        return CXLMachine(
            type: type, isCXLEnabled: true, memory: (description.memory ?? "2G").bytes,
            maxMemory: description.maxMemory?.bytes, memorySlots: description.memorySlots,
            numaNodeCount: description.numaNodes ?? 0, cpu: description.cpu ?? (type == "virt" ? "max" : nil))
    }

    /// Serial numbers the description gives explicitly; each must be non-zero and unique.
    private func reservedSerials(_ description: CXLTopologyDescription) throws(CXLSynthesisError) -> Set<UInt64> {
        var seen: Set<UInt64> = []
        for (path, serial) in CXLDescriptionWalk.serials(description) {
            guard serial != 0 else {
                throw Self.invalid(path, "serial 0 means 'no serial' to Linux", "give a non-zero serial or leave it out")
            }
            guard seen.insert(serial).inserted else {
                throw Self.invalid(path, "serial 0x\(String(serial, radix: 16)) is used twice", "give each device its own serial")
            }
        }
        return seen
    }

    /// Gives every host bridge without one a bus number, leaving room for the buses below it.
    private func assignBusNumbers(_ description: CXLTopologyDescription, into topology: inout CXLTopology) throws(CXLSynthesisError) {
        let needed = topology.hostBridges.map { topology.busesNeeded(below: $0.id) + 1 }
        let first = description.firstBusNumber ?? 12
        let stride = (256 - first) / max(topology.hostBridges.count, 1)
        let evenlySpaced = needed.allSatisfy { $0 <= stride }
        var next = first
        for index in topology.hostBridges.indices {
            let busNumber = topology.hostBridges[index].busNumber ?? (evenlySpaced ? first + index * stride : next)
            guard busNumber >= 1, busNumber + needed[index] - 1 <= 255 else {
                throw Self.invalid(
                    "host_bridges[\(index)].bus_nr", "host bridge \(topology.hostBridges[index].id) needs buses "
                        + "\(busNumber)...\(busNumber + needed[index] - 1), beyond 1...255",
                    "use fewer ports or a lower first_bus_nr")
            }
            topology.hostBridges[index].busNumber = busNumber
            next = busNumber + needed[index]
        }
    }

    static func invalid(_ path: String, _ problem: String, _ fix: String) -> CXLSynthesisError {
        .description(CXLDescriptionError(path: path, problem: problem, fix: fix))
    }
}
