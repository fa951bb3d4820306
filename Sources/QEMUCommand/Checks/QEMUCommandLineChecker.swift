/// Checks a parsed QEMU command line against what one QEMU version accepts (its capability profile)
/// and returns every problem at once, each with a rule id and, where known, a fix.
///
/// Errors are what QEMU rejects at startup; warnings are what it accepts with a warning, what works
/// but is known to fail later, and what the profile cannot verify.
public struct QEMUCommandLineChecker: Sendable {
    /// The capabilities checked against.
    public var profile: QEMUCapabilityProfile

    /// Creates a checker for a profile.
    public init(profile: QEMUCapabilityProfile) {
        self.profile = profile
    }

    private static let rules: [any (QEMUCheckRule).Type] = [
        QEMUOptionRules.self, QEMUOptionParameterRules.self, QEMUMachineRules.self, QEMUDeviceRules.self,
        QEMUObjectRules.self, QEMUBackendRules.self, QEMUIdentifierRules.self, QEMUReferenceRules.self,
        QEMUConflictRules.self, QEMUCXLRules.self, QEMUPCIeSlotRules.self, QEMUSMPRules.self,
    ]

    /// The parse diagnostics of `result` followed by the check diagnostics, in source order.
    ///
    /// The parser's warning for an unknown option is replaced by this checker's error, which knows the version.
    public func check(_ result: QEMUParseResult) -> [Diagnostic] {
        let input = QEMUCheckInput.options(of: result)
        let context = QEMUCheckContext(profile: profile, options: input.options)
        let parse = result.diagnostics.filter { $0.ruleID != "option.unknown" }
        let found = parse + input.diagnostics + Self.rules.flatMap { $0.check(context) }
        return found.enumerated().sorted { lhs, rhs in
            (lhs.element.range.start.line, lhs.element.range.start.offset, lhs.offset)
                < (rhs.element.range.start.line, rhs.element.range.start.offset, rhs.offset)
        }.map(\.element)
    }

    /// Parses shell text and checks it.
    public func check(shellText: String, fileName: String = "-") -> [Diagnostic] {
        check(QEMUCommandLine.parse(shellText: shellText, fileName: fileName))
    }
}
