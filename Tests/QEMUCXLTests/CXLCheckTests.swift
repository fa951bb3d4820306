import QEMUCXL
import QEMUCommand
import Testing

@Suite("CXL checks: every cxl.md §2 constraint fails and passes")
struct CXLCheckTests {
    static let cases: [CXLRuleCase] = [
        // A. Machine and CXL enablement
        CXLRuleCase(rule: "cxl-off", severity: .error, breaks: { $0.machine.isCXLEnabled = false }, satisfies: { $0.machine.isCXLEnabled = true }),
        CXLRuleCase(rule: "machine-type", severity: .error, breaks: { $0.machine.type = "pc" }, satisfies: { $0.machine.type = "pc-q35-7.2" }),
        CXLRuleCase(rule: "host-bridge-bus", severity: .error, breaks: { $0.hostBridges[0].bus = "pci.1" }, satisfies: { $0.hostBridges[0].bus = "pcie.0" }),
        CXLRuleCase(rule: "arm-version", severity: .error, failVersion: QEMUVersion(10, 0), breaks: { $0.machine.type = "virt" },
                    satisfies: { $0.machine.type = "virt"; $0.machine.cpu = "max" }),
        // B. Host bridges and bus numbers
        CXLRuleCase(rule: "bus-number-duplicate", severity: .error, breaks: { $0.hostBridges[1].busNumber = 12 }, satisfies: { $0.hostBridges[1].busNumber = 200 }),
        CXLRuleCase(rule: "bus-number-low", severity: .warning, breaks: { $0.hostBridges[0].busNumber = 0 }, satisfies: { $0.hostBridges[0].busNumber = 1 }),
        CXLRuleCase(rule: "bus-number-spacing", severity: .warning, breaks: { $0.hostBridges[1].busNumber = 13 }, satisfies: { $0.hostBridges[1].busNumber = 15 }),
        CXLRuleCase(rule: "host-bridge-count", severity: .error, breaks: { CXLRuleCase.addHostBridges(15, to: &$0) },
                    satisfies: { CXLRuleCase.addHostBridges(14, to: &$0) }),
        CXLRuleCase(rule: "numa-node", severity: .error, breaks: { $0.hostBridges[0].numaNode = 1; $0.machine.numaNodeCount = 1 },
                    satisfies: { $0.hostBridges[0].numaNode = 1; $0.machine.numaNodeCount = 2 }),
        // C. Root ports, switches and slots
        CXLRuleCase(rule: "chassis-slot-duplicate", severity: .error, breaks: { $0.rootPorts[1].slot = $0.rootPorts[0].slot },
                    satisfies: { $0.rootPorts[1].slot = 99 }),
        CXLRuleCase(rule: "port-duplicate", severity: .warning, breaks: { $0.rootPorts[1].port = 0 }, satisfies: { $0.rootPorts[2].port = 0 }),
        CXLRuleCase(rule: "single-root-port", severity: .warning, preset: .singlePmem, failVersion: QEMUVersion(7, 2),
                    passVersion: QEMUVersion(8, 0), breaks: { _ in }, satisfies: { _ in }),
        CXLRuleCase(rule: "switch-cascade", severity: .warning, preset: .switch,
                    breaks: { $0.upstreamPorts.append(CXLUpstreamPort(id: "us1", bus: "swport3")) },
                    satisfies: { $0.upstreamPorts.append(CXLUpstreamPort(id: "us1", bus: "rp1")) }),
        CXLRuleCase(rule: "device-placement", severity: .warning, preset: .switch, breaks: { $0.memoryDevices[0].bus = "pcie.0" },
                    satisfies: { $0.memoryDevices[0].bus = "rp1" }),
        // D. Fixed memory windows
        CXLRuleCase(rule: "window-size", severity: .error, breaks: { $0.windows[0].size = 300 << 20 }, satisfies: { $0.windows[0].size = 512 << 20 }),
        CXLRuleCase(rule: "window-granularity", severity: .error, breaks: { $0.windows[0].interleaveGranularity = 32 << 10 },
                    satisfies: { $0.windows[0].interleaveGranularity = 16 << 10 }),
        CXLRuleCase(rule: "window-ways", severity: .error,
                    breaks: { CXLRuleCase.addHostBridges(3, to: &$0); $0.windows[0].targets = ["cxl.0", "cxl.1", "cxl.2", "cxl.3", "cxl.4"] },
                    satisfies: { CXLRuleCase.addHostBridges(3, to: &$0); $0.windows[0].targets = ["cxl.0", "cxl.1", "cxl.2", "cxl.3"] }),
        CXLRuleCase(rule: "window-target-unknown", severity: .error, breaks: { $0.windows[0].targets[1] = "rp0" },
                    satisfies: { $0.windows[0].targets[1] = "cxl.1" }),
        CXLRuleCase(rule: "window-target-duplicate", severity: .warning, breaks: { $0.windows[0].targets = ["cxl.0", "cxl.0"] },
                    satisfies: { $0.windows[0].targets = ["cxl.1", "cxl.0"] }),
        CXLRuleCase(rule: "window-incomplete", severity: .error, breaks: { $0.windows[0].size = nil }, satisfies: { $0.windows[0].size = 4 << 30 }),
        CXLRuleCase(rule: "window-address-space", severity: .error, breaks: { $0.windows[0].size = 1 << 40 },
                    satisfies: { $0.windows[0].size = 1 << 40; $0.machine.physicalAddressBits = 46 }),
        CXLRuleCase(rule: "window-count", severity: .warning, breaks: { $0.windows = Array(repeating: $0.windows[0], count: 11) },
                    satisfies: { $0.windows = Array(repeating: $0.windows[0], count: 10) }),
        CXLRuleCase(rule: "window-missing", severity: .warning, breaks: { $0.windows = [] }, satisfies: { _ in }),
        CXLRuleCase(rule: "window-region-size", severity: .warning, breaks: { $0.windows[0].size = 256 << 20 },
                    satisfies: { $0.windows[0].size = 512 << 20 }),
        CXLRuleCase(rule: "window-ways-version", severity: .warning, failVersion: QEMUVersion(9, 2), passVersion: QEMUVersion(10, 0),
                    breaks: { CXLRuleCase.addHostBridges(1, to: &$0); $0.windows[0].targets = ["cxl.0", "cxl.1", "cxl.2"]; $0.windows[0].size = 3 << 30 },
                    satisfies: { CXLRuleCase.addHostBridges(1, to: &$0); $0.windows[0].targets = ["cxl.0", "cxl.1", "cxl.2"]; $0.windows[0].size = 3 << 30 }),
        // E. Type 3 devices
        CXLRuleCase(rule: "device-no-memory", severity: .error, breaks: { $0.memoryDevices[0].persistentMemdev = nil },
                    satisfies: { $0.memoryDevices[0].volatileMemdev = $0.memoryDevices[0].persistentMemdev; $0.memoryDevices[0].persistentMemdev = nil }),
        CXLRuleCase(rule: "device-memdev-conflict", severity: .error, breaks: { $0.memoryDevices[0].legacyMemdev = $0.memoryDevices[0].persistentMemdev },
                    satisfies: { $0.memoryDevices[0].legacyMemdev = $0.memoryDevices[0].persistentMemdev; $0.memoryDevices[0].persistentMemdev = nil }),
        CXLRuleCase(rule: "device-lsa-missing", severity: .error, breaks: { $0.memoryDevices[0].lsa = nil }, satisfies: { _ in }),
        CXLRuleCase(rule: "backend-unknown", severity: .error, breaks: { $0.memoryDevices[0].lsa = "nope" }, satisfies: { _ in }),
        CXLRuleCase(rule: "backend-reuse", severity: .error, breaks: { $0.memoryDevices[1].persistentMemdev = $0.memoryDevices[0].persistentMemdev },
                    satisfies: { _ in }),
        CXLRuleCase(rule: "capacity-alignment", severity: .warning, breaks: { $0.backends[0].size = 300 << 20 }, satisfies: { $0.backends[0].size = 512 << 20 }),
        CXLRuleCase(rule: "lsa-shared", severity: .warning, breaks: { $0.memoryDevices[1].lsa = $0.memoryDevices[0].lsa }, satisfies: { _ in }),
        CXLRuleCase(rule: "serial-missing", severity: .warning, breaks: { $0.memoryDevices[0].serial = nil }, satisfies: { $0.memoryDevices[0].serial = 9 }),
        CXLRuleCase(rule: "serial-duplicate", severity: .warning, breaks: { $0.memoryDevices[1].serial = $0.memoryDevices[0].serial },
                    satisfies: { $0.memoryDevices[1].serial = 9 }),
        CXLRuleCase(rule: "dc-backend-missing", severity: .error, preset: .dcd, breaks: { $0.memoryDevices[0].dynamicCapacityMemdev = nil }, satisfies: { _ in }),
        CXLRuleCase(rule: "dc-region-count", severity: .warning, preset: .dcd, breaks: { $0.memoryDevices[0].dynamicCapacityRegions = 9 },
                    satisfies: { $0.memoryDevices[0].dynamicCapacityRegions = 8 }),
        CXLRuleCase(rule: "dc-size", severity: .error, preset: .dcd, breaks: { $0.memoryDevices[0].dynamicCapacityRegions = 3 },
                    satisfies: { $0.memoryDevices[0].dynamicCapacityRegions = 4 }),
        CXLRuleCase(rule: "dc-base-alignment", severity: .error, preset: .dcd,
                    breaks: { $0.backends.append(CXLMemoryBackend(id: "v", kind: .ram, size: 100 << 20)); $0.memoryDevices[0].volatileMemdev = "v" },
                    satisfies: { $0.backends.append(CXLMemoryBackend(id: "v", kind: .ram, size: 256 << 20)); $0.memoryDevices[0].volatileMemdev = "v" }),
        CXLRuleCase(rule: "backend-id-ambiguous", severity: .warning,
                    breaks: { $0.backends[1].id = "lsa"; $0.memoryDevices[0].lsa = "lsa" },
                    satisfies: { $0.backends[1].id = "cxl-lsa0"; $0.memoryDevices[0].lsa = "cxl-lsa0" }),
        // Properties by version
        CXLRuleCase(rule: "version", severity: .error, failVersion: QEMUVersion(7, 2), passVersion: QEMUVersion(8, 1), breaks: { _ in }, satisfies: { _ in }),
        CXLRuleCase(rule: "decoder-count", severity: .warning, failVersion: QEMUVersion(8, 1), passVersion: QEMUVersion(8, 2),
                    breaks: { $0.windows.append($0.windows[0]) }, satisfies: { $0.windows.append($0.windows[0]) }),
        // G. Usability
        CXLRuleCase(rule: "kvm-memory", severity: .warning, preset: .singleVolatile, breaks: { $0.machine.accelerator = "kvm" },
                    satisfies: { $0.machine.accelerator = "tcg" }),
        CXLRuleCase(rule: "numa-missing", severity: .note, breaks: { $0.machine.numaNodeCount = 0 }, satisfies: { $0.machine.numaNodeCount = 1 }),
    ]

    static func findings(_ topology: CXLTopology, _ version: QEMUVersion?, rule: String) -> [Diagnostic] {
        CXLChecker(version: version).check(topology).filter { $0.ruleID == "cxl." + rule }
    }

    @Test("a topology that breaks the constraint is reported with the rule's severity", arguments: cases)
    func breaks(_ rule: CXLRuleCase) throws {
        let findings = Self.findings(try rule.topology(rule.breaks), rule.failVersion, rule: rule.rule)
        #expect(!findings.isEmpty, "cxl.\(rule.rule) not reported")
        #expect(findings.allSatisfy { $0.severity == rule.severity })
        #expect(findings.allSatisfy { $0.fix?.isEmpty == false })
    }

    @Test("a close topology that satisfies the constraint is not reported", arguments: cases)
    func satisfies(_ rule: CXLRuleCase) throws {
        #expect(Self.findings(try rule.topology(rule.satisfies), rule.passVersion, rule: rule.rule) == [])
    }

    @Test("backend reuse is an error from 9.1, where QEMU rejects it, and a warning before")
    func reuseSeverity() throws {
        var topology = try CXLPreset.interleave2HB.topology(for: QEMUVersion(7, 2))
        topology.memoryDevices[1].legacyMemdev = topology.memoryDevices[0].legacyMemdev
        #expect(Self.findings(topology, QEMUVersion(7, 2), rule: "backend-reuse").map(\.severity) == [.warning])
        #expect(Self.findings(topology, QEMUVersion(9, 1), rule: "backend-reuse").map(\.severity) == [.error])
    }

    @Test("poison injection needs 64-byte aligned start and length")
    func poison() {
        #expect(CXLPoisonCheck.check(path: "/machine/peripheral/cxl-pmem0", start: 100, length: 64).count == 1)
        #expect(CXLPoisonCheck.check(path: "/machine/peripheral/cxl-pmem0", start: 2048, length: 100).count == 1)
        #expect(CXLPoisonCheck.check(path: "/machine/peripheral/cxl-pmem0", start: 2048, length: 256).isEmpty)
    }
}
