/// A family of checks over a whole command line.
protocol QEMUCheckRule: Sendable {
    /// The problems the family finds.
    static func check(_ context: QEMUCheckContext) -> [Diagnostic]
}
