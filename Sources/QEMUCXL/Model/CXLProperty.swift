/// A device or object property the model has no field for, kept in order so it is emitted again
/// (`multifunction=on`, `addr=0.1`, `x-speed=64`).
public struct CXLProperty: Hashable, Sendable, Codable {
    /// The property name, as QEMU spells it.
    public var key: String
    /// The unescaped value.
    public var value: String

    /// Creates a property.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
