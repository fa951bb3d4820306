/// One `[group "id"]` section of a `-readconfig` file with its settings in the order written.
public struct QEMUConfigSection: Hashable, Sendable, Codable {
    /// The QemuOptsList name, such as `device`, `memory` (for `-m`) or `machine`.
    public var group: String
    /// The id from `[group "id"]`, or `nil` for `[group]`.
    public var id: String?
    /// The settings as written; a repeated key is kept, and QEMU uses the last one.
    public var entries: [QEMUConfigEntry]
    /// The index in ``QEMUConfigFile/lines`` of the section's header; `nil` for sections built in code.
    public var headerLine: Int?

    /// A section built in code.
    public init(group: String, id: String? = nil, entries: [QEMUConfigEntry] = []) {
        self.group = group
        self.id = id
        self.entries = entries
        self.headerLine = nil
    }

    /// The value QEMU uses for `key`: the last one written (`qdict_put_str()` replaces).
    public func value(forKey key: String) -> String? {
        entries.last { $0.key == key }?.value
    }

    /// Each key once, with the value QEMU keeps, in the order keys were first written.
    public var effectiveEntries: [QEMUConfigEntry] {
        var seen: Set<String> = []
        return entries.compactMap { entry in
            guard seen.insert(entry.key).inserted, let value = value(forKey: entry.key) else { return nil }
            return QEMUConfigEntry(key: entry.key, value: value)
        }
    }
}

/// One `key = "value"` setting of a `-readconfig` section.
public struct QEMUConfigEntry: Hashable, Sendable, Codable {
    /// The key: non-blank bytes, at most 63.
    public var key: String
    /// The value, verbatim: no escapes exist, so it cannot hold `"` or a newline.
    public var value: String

    /// A setting.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
