/// The greeting QEMU sends when a client connects: `{"QMP": {"version": ..., "capabilities": [...]}}`.
public struct QMPGreeting: Hashable, Sendable, Codable {
    /// The QEMU version that answers.
    public var version: QMPVersion
    /// Protocol capabilities QEMU offers, e.g. `oob`.
    public var capabilities: [String]
}
