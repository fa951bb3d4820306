/// The QOM type of a memory backend.
public enum CXLBackendKind: String, Hashable, Sendable, Codable {
    /// `memory-backend-file`: memory in a file, which keeps persistent contents and labels.
    case file = "memory-backend-file"
    /// `memory-backend-ram`: anonymous memory.
    case ram = "memory-backend-ram"
}
