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
