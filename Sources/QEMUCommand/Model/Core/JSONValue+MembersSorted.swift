extension JSONValue {
    /// The value with the members of every object sorted by key.
    var membersSorted: JSONValue {
        switch self {
        case .object(let members): .object(members.map { ($0.key, $0.value.membersSorted) }.sorted { $0.0 < $1.0 })
        case .array(let elements): .array(elements.map(\.membersSorted))
        default: self
        }
    }
}

extension KeyedDecodingContainer {
    /// A missing `properties` member is an empty list.
    public func decode(_ type: [QEMUProperty].Type, forKey key: Key) throws -> [QEMUProperty] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}

extension KeyedEncodingContainer {
    /// An empty property list is left out.
    public mutating func encode(_ value: [QEMUProperty], forKey key: Key) throws {
        if !value.isEmpty { try encodeIfPresent(value, forKey: key) }
    }
}
