/// One uncorrectable error record of `cxl-inject-uncorrectable-errors`: `{"type": ..., "header": [u32]}`.
public struct CXLUncorrectableError: Hashable, Sendable, Codable {
    /// The error kind.
    public var type: CXLUncorrectableErrorType
    /// The header log DWORDs (QEMU accepts at most 32).
    public var header: [UInt32]

    /// Creates an error record.
    public init(type: CXLUncorrectableErrorType, header: [UInt32]) {
        self.type = type
        self.header = header
    }
}
