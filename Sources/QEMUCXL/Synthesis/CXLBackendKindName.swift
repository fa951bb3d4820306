/// How a description names a backend kind: `file` or `ram`.
public enum CXLBackendKindName: String, Hashable, Sendable, Codable {
    /// `memory-backend-file`.
    case file
    /// `memory-backend-ram`.
    case ram

    /// The QOM backend kind.
    public var kind: CXLBackendKind { self == .file ? .file : .ram }
}
