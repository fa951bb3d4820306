/// The device list QEMU prints for `-device help`: user-creatable driver names and their aliases.
public struct QEMUDeviceHelp: Hashable, Sendable {
    /// Driver names (`cxl-type3`).
    public var names: Set<String>
    /// Alias → driver (`lsi` → `lsi53c895a`).
    public var aliases: [String: String]

    /// Reads lines such as `name "lsi53c895a", bus PCI, alias "lsi"`; other lines are skipped.
    public init(parsing text: String) {
        names = []
        aliases = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("name \"") {
            guard let name = Self.quoted(after: "name \"", in: line) else { continue }
            names.insert(name)
            if let alias = Self.quoted(after: "alias \"", in: line) { aliases[alias] = name }
        }
    }

    private static func quoted(after marker: String, in line: Substring) -> String? {
        guard let start = line.range(of: marker)?.upperBound else { return nil }
        let rest = line[start...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
