/// The kind of a component in a CXL hierarchy.
public enum CXLComponentKind: String, Hashable, Sendable, Codable {
    /// `pxb-cxl`.
    case hostBridge = "pxb-cxl"
    /// `cxl-rp`.
    case rootPort = "cxl-rp"
    /// `cxl-upstream`.
    case upstreamPort = "cxl-upstream"
    /// `cxl-downstream`.
    case downstreamPort = "cxl-downstream"
    /// `cxl-switch-mailbox-cci`.
    case mailboxCCI = "cxl-switch-mailbox-cci"
    /// `cxl-type3`.
    case memoryDevice = "cxl-type3"
}
