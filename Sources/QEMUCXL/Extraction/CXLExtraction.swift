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

    /// Creates an extraction.
    public init(topology: CXLTopology, diagnostics: [Diagnostic], locations: [String: SourceRange]) {
        self.topology = topology
        self.diagnostics = diagnostics
        self.locations = locations
    }

    /// The extraction's diagnostics followed by every CXL check for `version`.
    public func check(version: QEMUVersion?) -> [Diagnostic] {
        diagnostics + CXLChecker(version: version, locations: locations).check(topology)
    }
}
