import QEMUCommand

/// Building a preset's topology in one call.
extension CXLPreset {
    /// The preset synthesized for `version`, with backend files in `backendDirectory` when given.
    public func topology(for version: QEMUVersion, backendDirectory: String? = nil) throws(CXLSynthesisError) -> CXLTopology {
        var description = topologyDescription
        description.name = rawValue
        if let backendDirectory { description.backendDirectory = backendDirectory }
        return try CXLSynthesizer(version: version).synthesize(description)
    }
}
