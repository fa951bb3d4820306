import QEMUCommand

/// What every rule group needs: the topology, the version and where components were written.
struct CXLCheckContext {
    let topology: CXLTopology
    let version: QEMUVersion?
    let locations: [String: SourceRange]
    let otherSlots: [CXLPCIeSlot]

    /// A diagnostic about the component `subject`, located where it was written.
    func diagnostic(_ severity: DiagnosticSeverity, _ message: String, subject: String, rule: String, fix: String) -> Diagnostic {
        Diagnostic(severity, message, at: locations[subject] ?? SourceRange(at: .start), rule: "cxl." + rule, fix: fix)
    }

    /// Whether the version is known and older than `feature`'s first release.
    func lacks(_ feature: CXLFeature) -> Bool {
        guard let version else { return false }
        return !feature.isAvailable(in: version)
    }

    /// The id windows are located by: `cxl-fmw.N`.
    static func windowSubject(_ index: Int) -> String { "cxl-fmw.\(index)" }

    /// Values that occur more than once, in first-seen order.
    static func duplicates<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen: Set<Value> = []
        var reported: Set<Value> = []
        var result: [Value] = []
        for value in values where !seen.insert(value).inserted && reported.insert(value).inserted {
            result.append(value)
        }
        return result
    }
}
