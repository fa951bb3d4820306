/// The properties a QEMU type accepts, with their types.
///
/// A list is *complete* when it came from QEMU itself (`device-list-properties`, the QMP schema);
/// it is *partial* when it was put together from documented facts, in which case a name missing
/// from it may still be accepted and checks can only warn.
public struct QEMUPropertyList: Hashable, Sendable, Codable {
    /// Property name → type.
    public var types: [String: QEMUValueType]
    /// Whether every property the type accepts is listed.
    public var isComplete: Bool

    /// Creates a list.
    public init(_ types: [String: QEMUValueType], isComplete: Bool) {
        self.types = types
        self.isComplete = isComplete
    }

    /// The type of a property, nil when it is not listed.
    public subscript(name: String) -> QEMUValueType? { types[name] }

    /// The listed names, sorted.
    public var names: [String] { types.keys.sorted() }

    private enum CodingKeys: String, CodingKey {
        case types = "properties"
        case isComplete = "complete"
    }
}
