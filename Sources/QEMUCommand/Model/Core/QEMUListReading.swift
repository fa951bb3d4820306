/// Reads nested list values (`cxl-fmw`, `smp-cache`) element by element.
enum QEMUListReading {
    /// The elements of a list value read by `element`; `nil` when it is not a list or one element fails.
    static func list<T>(_ value: JSONValue, _ element: (JSONValue) -> T?) -> [T]? {
        guard case .array(let elements) = value else { return nil }
        var result: [T] = []
        for item in elements {
            guard let converted = element(item) else { return nil }
            result.append(converted)
        }
        return result
    }

    /// The members of an object value other than `known`, as properties.
    static func otherMembers(of value: JSONValue, known: Set<String>) -> [QEMUProperty] {
        guard case .object(let members) = value else { return [] }
        return members.filter { !known.contains($0.key) }.map { QEMUProperty($0.key, $0.value) }
    }

    /// Every string of a list of strings.
    static func strings(_ value: JSONValue?) -> [String]? {
        guard let value else { return nil }
        return list(value) { QEMUSettingsReader.text(of: $0) }
    }
}
