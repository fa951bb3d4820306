/// The properties a QEMU type accepts, with their types.
///
/// A list is *complete* when it came from QEMU itself (`device-list-properties`, the QMP schema);
/// it is *partial* when it was put together from documented facts, in which case a name missing
/// from it may still be accepted and checks can only warn.
///
/// The list is kept (and stored in profiles) as one `name=type;name=type` string sorted by name,
/// so that loading a profile with thousands of properties stays fast; lookups scan it.
public struct QEMUPropertyList: Hashable, Sendable, Codable {
    /// `name=type` entries joined by `;`, sorted by name.
    private var entries: String
    /// Whether every property the type accepts is listed.
    public var isComplete: Bool

    /// Creates a list.
    public init(_ types: [String: QEMUValueType], isComplete: Bool) {
        entries = types.keys.sorted().compactMap { name in types[name].map { "\(name)=\($0.spelling)" } }.joined(separator: ";")
        self.isComplete = isComplete
    }

    /// A list from its stored `name=type;name=type` form.
    init(entries: String, isComplete: Bool) {
        self.entries = entries
        self.isComplete = isComplete
    }

    /// Property name → type.
    public var types: [String: QEMUValueType] {
        var result: [String: QEMUValueType] = [:]
        for entry in entries.split(separator: ";") {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            result[String(entry[..<equals])] = QEMUValueType(spelling: String(entry[entry.index(after: equals)...]))
        }
        return result
    }

    /// The type of a property, nil when it is not listed.
    public subscript(name: String) -> QEMUValueType? {
        let prefix = name + "="
        guard let entry = entries.split(separator: ";").first(where: { $0.hasPrefix(prefix) }) else { return nil }
        return QEMUValueType(spelling: String(entry.dropFirst(prefix.count)))
    }

    /// The listed names, sorted.
    public var names: [String] {
        entries.split(separator: ";").compactMap { entry in entry.firstIndex(of: "=").map { String(entry[..<$0]) } }
    }

    private enum CodingKeys: String, CodingKey {
        case entries = "properties"
        case isComplete = "complete"
    }
}
