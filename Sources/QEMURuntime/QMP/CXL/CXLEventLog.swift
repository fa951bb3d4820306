/// The CXL device event log an injected record goes to (`CxlEventLog`).
public enum CXLEventLog: String, Hashable, Sendable, Codable, CaseIterable {
    /// `informational`
    case informational
    /// `warning`
    case warning
    /// `failure`
    case failure
    /// `fatal`
    case fatal
}
