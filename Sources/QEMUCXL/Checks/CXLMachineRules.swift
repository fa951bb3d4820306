import QEMUCommand

/// §2 A: CXL enablement and the machine type.
enum CXLMachineRules {
    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        cxlEnabled(context) + machineType(context) + armVersion(context)
    }

    /// A1: host bridges or windows need `cxl=on`.
    static func cxlEnabled(_ context: CXLCheckContext) -> [Diagnostic] {
        let machine = context.topology.machine
        guard !machine.isCXLEnabled, !context.topology.hostBridges.isEmpty || !context.topology.windows.isEmpty else { return [] }
        return [context.diagnostic(
            .error, "CXL host bridges present, but cxl=off", subject: "machine", rule: "cxl-off",
            fix: "add cxl=on to the machine: -machine \(machine.type),cxl=on")]
    }

    /// A2: on x86 `pxb-cxl` needs q35 and must sit on the root bus.
    static func machineType(_ context: CXLCheckContext) -> [Diagnostic] {
        let machine = context.topology.machine
        var result: [Diagnostic] = []
        if !machine.isArm, !machine.type.contains("q35"), let bridge = context.topology.hostBridges.first {
            result.append(context.diagnostic(
                .error, "pxb-cxl devices cannot reside on a PCI bus (machine \(machine.type) has no PCIe root bus)",
                subject: bridge.id, rule: "machine-type", fix: "use -machine q35,cxl=on"))
        }
        for bridge in context.topology.hostBridges where bridge.bus != nil && bridge.bus != "pcie.0" {
            result.append(context.diagnostic(
                .error, "PXB devices can be attached only to root bus (\(bridge.id) is on \(bridge.bus ?? ""))",
                subject: bridge.id, rule: "host-bridge-bus", fix: "put \(bridge.id) on bus=pcie.0"))
        }
        return result
    }

    /// A3: arm `virt` has CXL only from QEMU 10.1.
    static func armVersion(_ context: CXLCheckContext) -> [Diagnostic] {
        guard context.topology.machine.isArm, context.lacks(.armVirt), let version = context.version else { return [] }
        return [context.diagnostic(
            .error, "QEMU \(version.shortDescription) has no cxl property on the virt machine; CXL on arm needs QEMU 10.1",
            subject: "machine", rule: "arm-version", fix: "use QEMU 10.1 or later, or x86 -machine q35,cxl=on")]
    }
}
