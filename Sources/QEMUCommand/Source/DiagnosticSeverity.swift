/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Hashable, Sendable, Codable, Comparable {
    /// Something to know that changes nothing.
    case note
    /// QEMU accepts it, but it is deprecated, ignored or known to fail later.
    case warning
    /// QEMU rejects it, or the text cannot be read.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: DiagnosticSeverity, rhs: DiagnosticSeverity) -> Bool { lhs.rank < rhs.rank }
}
