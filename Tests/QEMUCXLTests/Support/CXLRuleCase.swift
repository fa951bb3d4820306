import QEMUCXL
import QEMUCommand
import Testing

/// One §2 constraint: a topology that breaks it and a close one that satisfies it.
struct CXLRuleCase: Sendable, CustomTestStringConvertible {
    typealias Change = @Sendable (inout CXLTopology) -> Void

    var rule: String
    var severity: DiagnosticSeverity
    var preset: CXLPreset = .interleave2HB
    var failVersion: QEMUVersion? = QEMUVersion(10, 1)
    var passVersion: QEMUVersion? = QEMUVersion(10, 1)
    var breaks: Change
    var satisfies: Change

    var testDescription: String { rule }

    /// The preset built for the newest version, then changed.
    func topology(_ change: Change) throws -> CXLTopology {
        var topology = try preset.topology(for: QEMUVersion(10, 1))
        change(&topology)
        return topology
    }

    /// Adds empty host bridges `cxl.2`, `cxl.3`, … with distinct bus numbers.
    static func addHostBridges(_ count: Int, to topology: inout CXLTopology) {
        for index in 0..<count {
            let id = "cxl.\(topology.hostBridges.count)"
            topology.hostBridges.append(CXLHostBridge(id: id, busNumber: 140 + index * 7))
            topology.rootPorts.append(CXLRootPort(id: "\(id)-rp", bus: id, port: 0, chassis: 1, slot: index))
        }
    }
}
