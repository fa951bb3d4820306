import QEMUCommand

/// §2 G: guest-side usability.
enum CXLUsabilityRules {
    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        kvm(context) + numa(context)
    }

    /// G34: under KVM, CXL memory is MMIO-emulated; code cannot run from it and it is slow.
    static func kvm(_ context: CXLCheckContext) -> [Diagnostic] {
        guard context.topology.machine.accelerator?.hasPrefix("kvm") == true,
              let device = context.topology.memoryDevices.first(where: { $0.volatileMemdev != nil || $0.dynamicCapacityMemdev != nil })
        else { return [] }
        return [context.diagnostic(
            .warning, "CXL memory is emulated MMIO; under KVM the guest cannot execute from it once onlined as system RAM",
            subject: device.id, rule: "kvm-memory", fix: "use -accel tcg to run code from CXL memory, or keep it as a DAX device")]
    }

    /// G35: CXL memory belongs on its own NUMA node.
    static func numa(_ context: CXLCheckContext) -> [Diagnostic] {
        guard context.topology.machine.numaNodeCount == 0, let device = context.topology.memoryDevices.first else { return [] }
        return [context.diagnostic(
            .note, "no -numa nodes: without an SRAT, CXL RAM regions land in node 0", subject: device.id,
            rule: "numa-missing", fix: "define NUMA nodes (-numa node,nodeid=0 …) so CXL memory can get a node of its own")]
    }
}
