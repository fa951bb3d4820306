/// One difference between the expected topology and what Linux shows.
public struct CXLBootMismatch: Hashable, Sendable, Codable {
    /// The kind of difference.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Linux shows a different number of memdevs.
        case memdevCount
        /// Linux has no memdev with the expected serial.
        case memdevMissing
        /// Linux has the memdev but no endpoint for it: it is not part of the CXL port hierarchy.
        case memdevNotAttached
        /// The memdev's persistent or volatile capacity differs.
        case memdevSize
        /// Linux has no port for an expected host bridge.
        case hostBridgeMissing
        /// Linux shows a host bridge the command line does not have.
        case hostBridgeUnexpected
        /// A host bridge's dports differ from its root port numbers.
        case rootPorts
        /// Linux has no port for an expected switch.
        case switchMissing
        /// A switch's dports differ from its downstream port numbers.
        case switchPorts
        /// Linux shows a different number of endpoints.
        case endpointCount
        /// A kernel module did not load.
        case moduleFailed
    }

    /// The kind of difference.
    public var kind: Kind
    /// What it is about, e.g. `cxl-pmem0 (serial 0x1)` or `host bridge cxl.1 (bus_nr 12)`.
    public var subject: String
    /// A sentence saying what Linux shows instead and, where known, why.
    public var message: String

    /// A mismatch.
    public init(kind: Kind, subject: String, message: String) {
        self.kind = kind
        self.subject = subject
        self.message = message
    }
}
