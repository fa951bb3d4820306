/// The parameters a QemuOpts option group accepts (`query-command-line-options`).
///
/// An empty parameter list means the group accepts any key and validates it later (`-device`,
/// `-netdev`, `-object`), as QEMU reports it.
public struct QEMUOptionCapability: Hashable, Sendable, Codable {
    /// Parameter name → type (`bool`, `number` as `int64`, `size`, `str`).
    public var parameters: [String: QEMUValueType]

    /// Creates an option capability.
    public init(parameters: [String: QEMUValueType]) {
        self.parameters = parameters
    }

    /// Whether the group accepts any key.
    public var acceptsAnyKey: Bool { parameters.isEmpty }
}
