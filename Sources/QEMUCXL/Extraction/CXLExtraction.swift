import QEMUCommand

/// The CXL topology read from a command line, with problems found while reading it and where
/// each component was written.
public struct CXLExtraction: Sendable {
    /// The topology.
    public var topology: CXLTopology
    /// Problems found while reading (unreadable values, incomplete windows).
    public var diagnostics: [Diagnostic]
    /// Where each component was written, by id; windows as `cxl-fmw.N`, the machine as `machine`.
    public var locations: [String: SourceRange]
    /// The command line's PCIe slots outside the CXL hierarchy (`pcie-root-port`, …).
    public var otherSlots: [CXLPCIeSlot]

    /// Creates an extraction.
    public init(topology: CXLTopology, diagnostics: [Diagnostic], locations: [String: SourceRange], otherSlots: [CXLPCIeSlot] = []) {
        self.topology = topology
        self.diagnostics = diagnostics
        self.locations = locations
        self.otherSlots = otherSlots
    }

    /// The extraction's diagnostics followed by every CXL check for `version`.
    public func check(version: QEMUVersion?) -> [Diagnostic] {
        diagnostics + CXLChecker(version: version, locations: locations, otherSlots: otherSlots).check(topology)
    }
}
