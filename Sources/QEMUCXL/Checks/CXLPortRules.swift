import QEMUCommand

/// §2 C: root ports, switches and slots.
enum CXLPortRules {
    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        slots(context) + portNumbers(context) + singleRootPort(context) + cascades(context) + placement(context)
    }

    /// C9: `(chassis, slot)` pairs are unique across PCIe slots, CXL or not.
    static func slots(_ context: CXLCheckContext) -> [Diagnostic] {
        let topology = context.topology
        let slots = topology.rootPorts.map { (id: $0.id, pair: [$0.chassis ?? 0, $0.slot ?? 0]) }
            + topology.downstreamPorts.map { (id: $0.id, pair: [$0.chassis ?? 0, $0.slot ?? 0]) }
            + context.otherSlots.map { (id: $0.id ?? $0.driver, pair: [$0.chassis, $0.slot]) }
        return CXLCheckContext.duplicates(slots.map(\.pair)).map { pair in
            let ids = slots.filter { $0.pair == pair }.map(\.id)
            return context.diagnostic(
                .error, "Can't add chassis slot, error -16: chassis \(pair[0]) slot \(pair[1]) is used by \(ids.joined(separator: ", "))",
                subject: ids.last ?? "", rule: "chassis-slot-duplicate", fix: "give every root and downstream port its own chassis/slot pair")
        }
    }

    /// C10: port numbers are unique among the root ports of a host bridge and the downstream ports of a switch.
    static func portNumbers(_ context: CXLCheckContext) -> [Diagnostic] {
        let topology = context.topology
        let ports = topology.rootPorts.map { (id: $0.id, parent: $0.bus, port: $0.port ?? 0) }
            + topology.downstreamPorts.map { (id: $0.id, parent: $0.bus, port: $0.port ?? 0) }
        var result: [Diagnostic] = []
        for parent in Set(ports.map(\.parent)).sorted() {
            let siblings = ports.filter { $0.parent == parent }
            for number in CXLCheckContext.duplicates(siblings.map(\.port)) {
                let ids = siblings.filter { $0.port == number }.map(\.id)
                result.append(context.diagnostic(
                    .warning, "ports \(ids.joined(separator: ", ")) below \(parent) all use port=\(number); decoders route to the first only",
                    subject: ids.last ?? "", rule: "port-duplicate", fix: "number the ports below \(parent) 0, 1, 2, …"))
            }
        }
        return result
    }

    /// C11: before QEMU 8.0 a host bridge with one root port keeps HDM decoders Linux cannot use.
    static func singleRootPort(_ context: CXLCheckContext) -> [Diagnostic] {
        guard context.lacks(.hdmForPassthrough) else { return [] }
        return context.topology.hostBridges.compactMap { bridge in
            let count = context.topology.rootPorts.filter { $0.bus == bridge.id }.count
            guard count == 1 else { return nil }
            return context.diagnostic(
                .warning, "host bridge \(bridge.id) has one root port; before QEMU 8.0 it keeps HDM decoders and Linux cannot build regions",
                subject: bridge.id, rule: "single-root-port", fix: "add a second cxl-rp to \(bridge.id) (as QEMU's docs do), or use QEMU 8.0 or later")
        }
    }

    /// C12: only one level of switches routes memory.
    static func cascades(_ context: CXLCheckContext) -> [Diagnostic] {
        let downstream = Set(context.topology.downstreamPorts.map(\.id))
        return context.topology.upstreamPorts.filter { downstream.contains($0.bus) }.map { port in
            context.diagnostic(
                .warning, "switch \(port.id) sits below another switch's port \(port.bus); QEMU routes memory through one switch level only",
                subject: port.id, rule: "switch-cascade", fix: "attach the switch to a root port")
        }
    }

    /// C13: type-3 devices sit below a root or downstream port.
    static func placement(_ context: CXLCheckContext) -> [Diagnostic] {
        let kinds = context.topology.componentKinds
        return context.topology.memoryDevices.compactMap { device in
            let kind = kinds[device.bus]
            guard kind != .rootPort, kind != .downstreamPort else { return nil }
            return context.diagnostic(
                .warning, "device \(device.id) is on \(device.bus), not below a cxl-rp or cxl-downstream; windows cannot route to it",
                subject: device.id, rule: "device-placement", fix: "put \(device.id) on a cxl-rp or cxl-downstream port")
        }
    }
}
