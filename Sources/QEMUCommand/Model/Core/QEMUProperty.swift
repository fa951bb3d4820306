/// A key the typed model has no field for, with its value, kept so the option prints back whole.
///
/// In `key=value` notation the key may be dotted (`cxl-fmw.0.size`) and the value is a string; in
/// JSON notation the key is a top-level member and the value any JSON value.
public struct QEMUProperty: Hashable, Sendable, Codable {
    /// The key as written.
    public var key: String
    /// The value: a string for `key=value` notation, any JSON value for JSON.
    public var value: JSONValue

    /// A property with a JSON value.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }

    /// A property with a string value.
    public init(_ key: String, _ value: String) {
        self.init(key, .string(value))
    }

    /// Properties are equal when keys are equal and values are equal with JSON object members in
    /// any order: QEMU reads a JSON object into an unordered dictionary.
    public static func == (lhs: QEMUProperty, rhs: QEMUProperty) -> Bool {
        lhs.key == rhs.key && lhs.value.membersSorted == rhs.value.membersSorted
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value.membersSorted)
    }
}

extension KeyedDecodingContainer {
    /// A missing `properties` member is an empty list.
    func decode(_ type: [QEMUProperty].Type, forKey key: Key) throws -> [QEMUProperty] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}

extension KeyedEncodingContainer {
    /// An empty property list is left out.
    mutating func encode(_ value: [QEMUProperty], forKey key: Key) throws {
        if !value.isEmpty { try encodeIfPresent(value, forKey: key) }
    }
}
