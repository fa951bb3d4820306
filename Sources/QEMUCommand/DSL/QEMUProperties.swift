/// Properties of an option built in code, in the order written.
///
/// Written as a dictionary literal whose order is kept: `["netdev": .id("n0"), "mac": "52:54:00:12:34:56"]`.
/// A `nil` value leaves the property out, so optional settings read naturally.
public struct QEMUProperties: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The properties in order.
    public var entries: [Entry]

    /// Properties from entries.
    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// Properties from a literal; entries whose value is `nil` are left out.
    public init(dictionaryLiteral elements: (String, QEMUPropertyValue?)...) {
        entries = elements.compactMap { key, value in value.map { Entry(key: key, value: $0) } }
    }

    /// Appends a property; a `nil` value appends nothing.
    public mutating func append(_ key: String, _ value: QEMUPropertyValue?) {
        if let value { entries.append(Entry(key: key, value: value)) }
    }

    /// Every key=value a QemuOpts or keyval argument holds: nested properties become dotted keys;
    /// lists become indexed keys in keyval and repeated keys in QemuOpts.
    func flattened(indexingLists: Bool, prefix: String = "") -> [(key: String, value: String)] {
        entries.flatMap { entry in Self.flatten(entry.value, key: prefix + entry.key, indexingLists: indexingLists) }
    }

    private static func flatten(_ value: QEMUPropertyValue, key: String, indexingLists: Bool) -> [(key: String, value: String)] {
        switch value {
        case .list(let elements):
            return elements.enumerated().flatMap { index, element in
                flatten(element, key: indexingLists ? "\(key).\(index)" : key, indexingLists: indexingLists)
            }
        case .properties(let nested):
            return nested.flattened(indexingLists: indexingLists, prefix: key + ".")
        default:
            return [(key, value.scalarText ?? "")]
        }
    }
}

extension QEMUProperties {
    /// One property: a key and its value.
    public struct Entry: Hashable, Sendable {
        /// The property name, such as `netdev` or `cxl-fmw`.
        public var key: String
        /// The value.
        public var value: QEMUPropertyValue

        /// A property.
        public init(key: String, value: QEMUPropertyValue) {
            self.key = key
            self.value = value
        }
    }
}
