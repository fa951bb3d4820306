import QEMUCommand

/// §2 B: host bridges and bus numbers.
enum CXLHostBridgeRules {
    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        busNumbers(context) + spacing(context) + count(context) + numaNodes(context)
    }

    /// B4, B5: bus numbers are unique and at least 1.
    static func busNumbers(_ context: CXLCheckContext) -> [Diagnostic] {
        let bridges = context.topology.hostBridges
        var result: [Diagnostic] = []
        for number in CXLCheckContext.duplicates(bridges.map { $0.busNumber ?? 0 }) {
            let bridge = bridges.last { ($0.busNumber ?? 0) == number }
            result.append(context.diagnostic(
                .error, "Bus \(number) is already in use", subject: bridge?.id ?? "", rule: "bus-number-duplicate",
                fix: "give every pxb-cxl its own bus_nr"))
        }
        for bridge in bridges where (bridge.busNumber ?? 0) == 0 {
            result.append(context.diagnostic(
                .warning, "host bridge \(bridge.id) uses bus_nr 0, which is pcie.0's bus", subject: bridge.id,
                rule: "bus-number-low", fix: "set bus_nr to 1 or more, above the buses of the main hierarchy (12 as in QEMU's docs)"))
        }
        return result
    }

    /// B6: enough bus numbers between consecutive host bridges for the bridges below each.
    static func spacing(_ context: CXLCheckContext) -> [Diagnostic] {
        let topology = context.topology
        let sorted = topology.hostBridges.sorted { ($0.busNumber ?? 0) < ($1.busNumber ?? 0) }
        var result: [Diagnostic] = []
        for (index, bridge) in sorted.enumerated() {
            let first = bridge.busNumber ?? 0
            let last = first + topology.busesNeeded(below: bridge.id)
            let limit = index + 1 < sorted.count ? (sorted[index + 1].busNumber ?? 0) - 1 : 255
            guard last > limit else { continue }
            result.append(context.diagnostic(
                .warning, "host bridge \(bridge.id) needs buses \(first)...\(last) for the bridges below it, but only \(first)...\(limit) are free",
                subject: bridge.id, rule: "bus-number-spacing", fix: "space the bus_nr values further apart (QEMU's docs use 12 and 222)"))
        }
        return result
    }

    /// B7: at most 16 host bridges.
    static func count(_ context: CXLCheckContext) -> [Diagnostic] {
        let bridges = context.topology.hostBridges
        guard bridges.count > CXLLimits.maximumHostBridges else { return [] }
        return [context.diagnostic(
            .error, "\(bridges.count) CXL host bridges; there is register space for 16 (Insufficient space for pxb cxl host register space)",
            subject: bridges[CXLLimits.maximumHostBridges].id, rule: "host-bridge-count", fix: "use at most 16 pxb-cxl devices")]
    }

    /// B8: `numa_node` names an existing node.
    static func numaNodes(_ context: CXLCheckContext) -> [Diagnostic] {
        let nodes = context.topology.machine.numaNodeCount
        return context.topology.hostBridges.compactMap { bridge in
            guard let node = bridge.numaNode, node != 128, node >= nodes else { return nil }
            return context.diagnostic(
                .error, "Illegal numa node \(node) (the machine has \(nodes) NUMA nodes)", subject: bridge.id,
                rule: "numa-node", fix: "add -numa node,nodeid=\(node) or use a smaller numa_node")
        }
    }
}
