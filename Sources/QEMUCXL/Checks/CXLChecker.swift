import QEMUCommand

/// Checks a topology against every constraint in the CXL fact sheet (§2): errors where QEMU
/// rejects the configuration, warnings where QEMU starts but Linux cannot use the result.
/// Rule ids start with `cxl.`.
public struct CXLChecker: Sendable {
    /// The target QEMU version; version-dependent rules are skipped when it is unknown.
    public var version: QEMUVersion?
    /// Where each component was written, by id (windows as `cxl-fmw.N`); unknown ones are reported at the start.
    public var locations: [String: SourceRange]
    /// PCIe slots outside the CXL hierarchy, whose chassis/slot pairs CXL ports must not reuse.
    public var otherSlots: [CXLPCIeSlot]

    /// Creates a checker.
    public init(version: QEMUVersion? = nil, locations: [String: SourceRange] = [:], otherSlots: [CXLPCIeSlot] = []) {
        self.version = version
        self.locations = locations
        self.otherSlots = otherSlots
    }

    /// Every problem found, in rule-group order.
    public func check(_ topology: CXLTopology) -> [Diagnostic] {
        let context = CXLCheckContext(topology: topology, version: version, locations: locations, otherSlots: otherSlots)
        return CXLMachineRules.check(context) + CXLHostBridgeRules.check(context) + CXLPortRules.check(context)
            + CXLWindowRules.check(context) + CXLDeviceRules.check(context) + CXLDynamicCapacityRules.check(context)
            + CXLVersionRules.check(context) + CXLUsabilityRules.check(context)
    }
}
