import QEMUCommand

/// Turns a topology into trees: one per host bridge (bridge → root port → switch → device), one
/// for components whose parent is not a CXL port, and one per window with its interleave set.
public struct CXLTreeBuilder: Sendable {
    /// The topology to draw.
    public var topology: CXLTopology

    /// Creates a builder.
    public init(topology: CXLTopology) {
        self.topology = topology
    }

    /// One tree per host bridge, then one holding components not below any host bridge.
    public func hierarchy() -> [CXLTreeNode] {
        var visited: Set<String> = []
        var roots = topology.hostBridges.map { node(for: $0.id, visited: &visited) }
        let known = Set(topology.componentKinds.keys)
        let orphans = topology.rootPorts.map { ($0.id, $0.bus) } + topology.upstreamPorts.map { ($0.id, $0.bus) }
            + topology.downstreamPorts.map { ($0.id, $0.bus) } + topology.memoryDevices.map { ($0.id, $0.bus) }
        let stray = orphans.filter { !visited.contains($0.0) && !known.contains($0.1) }
        if !stray.isEmpty {
            let children = stray.map { node(for: $0.0, visited: &visited) }
            roots.append(CXLTreeNode(id: "", kind: "unattached", label: "not below a CXL host bridge", children: children))
        }
        return roots
    }

    /// One node per window, its children the devices it can interleave.
    public func windows() -> [CXLTreeNode] {
        topology.windows.enumerated().map { index, window in
            let ways = window.targets.count
            let granularity = window.interleaveGranularity.map { QEMUSize(bytes: $0).text } ?? "256 (default)"
            let size = window.size.map { QEMUSize(bytes: $0).text } ?? "no size"
            let devices = window.targets.flatMap { topology.memoryDevices(below: $0) }
            let label = "\(size), \(ways)-way across \(window.targets.joined(separator: ", ")), granularity \(granularity)"
            let set = CXLTreeNode(
                id: "", kind: "interleave set",
                label: devices.isEmpty ? "no devices" : devices.map(\.id).joined(separator: ", "))
            return CXLTreeNode(id: String(index), kind: "window", label: label, children: [set])
        }
    }

    private func node(for id: String, visited: inout Set<String>) -> CXLTreeNode {
        visited.insert(id)
        var children: [CXLTreeNode] = []
        for child in topology.children(of: id) where !visited.contains(child) {
            children.append(node(for: child, visited: &visited))
        }
        let (kind, label) = describe(id)
        return CXLTreeNode(id: id, kind: kind, label: label, children: children)
    }

    private func describe(_ id: String) -> (String, String) {
        if let bridge = topology.hostBridges.first(where: { $0.id == id }) {
            var parts = ["bus_nr \(bridge.busNumber.map(String.init) ?? "0")"]
            if let node = bridge.numaNode { parts.append("numa node \(node)") }
            if bridge.hdmForPassthrough == true { parts.append("hdm_for_passthrough") }
            return ("host bridge", parts.joined(separator: ", "))
        }
        if let port = topology.rootPorts.first(where: { $0.id == id }) {
            return ("root port", Self.portLabel(port.port, port.chassis, port.slot))
        }
        if let port = topology.upstreamPorts.first(where: { $0.id == id }) {
            var parts = ["upstream port"]
            if let serial = port.serial { parts.append("serial \(CXLArgumentEmitter.serialText(serial))") }
            if let cci = topology.mailboxCCIs.first(where: { $0.target == id }) {
                parts.append("mailbox CCI \(cci.id ?? "(no id)")")
            }
            return ("switch", parts.joined(separator: ", "))
        }
        if let port = topology.downstreamPorts.first(where: { $0.id == id }) {
            return ("downstream port", Self.portLabel(port.port, port.chassis, port.slot))
        }
        if let device = topology.memoryDevices.first(where: { $0.id == id }) {
            return ("device", deviceLabel(device))
        }
        return ("component", "")
    }

    private func deviceLabel(_ device: CXLType3Device) -> String {
        var parts: [String] = []
        if let memdev = device.anyPersistentMemdev { parts.append("persistent \(sizeText(memdev))") }
        if let memdev = device.volatileMemdev { parts.append("volatile \(sizeText(memdev))") }
        if let memdev = device.dynamicCapacityMemdev {
            parts.append("dynamic \(sizeText(memdev)) in \(device.dynamicCapacityRegions ?? 0) regions")
        }
        if let lsa = device.lsa { parts.append("lsa \(sizeText(lsa))") }
        parts.append(device.serial.map { "serial \(CXLArgumentEmitter.serialText($0))" } ?? "no serial")
        return parts.joined(separator: ", ")
    }

    private func sizeText(_ backend: String) -> String {
        topology.backend(backend)?.size.map { QEMUSize(bytes: $0).text } ?? "? (\(backend))"
    }

    private static func portLabel(_ port: Int?, _ chassis: Int?, _ slot: Int?) -> String {
        "port \(port.map(String.init) ?? "0"), chassis \(chassis.map(String.init) ?? "0") slot \(slot.map(String.init) ?? "0")"
    }
}
