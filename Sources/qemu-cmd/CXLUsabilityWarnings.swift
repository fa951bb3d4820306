import QEMUCXL
import QEMUCommand

/// The CXL topology checks of QEMUCXL that `qemu-cmd check` adds: what QEMU accepts but Linux
/// cannot use (warnings such as duplicate port numbers, missing serials, shared label areas).
///
/// Errors are left to the command-line checker, which already reports what QEMU rejects; taking
/// only warnings here keeps each problem reported once.
enum CXLUsabilityWarnings {
    /// The warnings for the CXL topology in `result`, checked for `version`; none without CXL devices.
    static func diagnostics(for result: QEMUParseResult, version: QEMUVersion) -> [Diagnostic] {
        let extraction = CXLTopologyExtractor.extract(from: result)
        let topology = extraction.topology
        guard !topology.hostBridges.isEmpty || !topology.memoryDevices.isEmpty || !topology.windows.isEmpty else { return [] }
        return extraction.check(version: version).filter { $0.severity != .error }
    }
}
