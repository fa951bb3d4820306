/// Builds the nested value of dotted keys the way `keyval_parse()` and `keyval_listify()` do:
/// name fragments become object members, and an object whose members are all `0`, `1`, … a list.
struct QEMUSettingsTree {
    private var leaf: JSONValue?
    private var members: [(key: String, tree: QEMUSettingsTree)] = []

    /// Puts `value` at the dotted `path` below this node.
    mutating func insert(_ value: JSONValue, at path: [String]) {
        guard let first = path.first else {
            leaf = value
            return
        }
        if let position = members.firstIndex(where: { $0.key == first }) {
            members[position].tree.insert(value, at: Array(path.dropFirst()))
        } else {
            var child = QEMUSettingsTree()
            child.insert(value, at: Array(path.dropFirst()))
            members.append((first, child))
        }
    }

    /// The nested value: a leaf, a list for index members, or an object.
    var value: JSONValue {
        if members.isEmpty { return leaf ?? .object([]) }
        let indices = members.map { Int($0.key) }
        if indices.allSatisfy({ $0 != nil }) {
            let sorted = zip(indices.compactMap { $0 }, members).sorted { $0.0 < $1.0 }
            if sorted.map(\.0) == Array(0..<sorted.count) { return .array(sorted.map { $0.1.tree.value }) }
        }
        return .object(members.map { ($0.key, $0.tree.value) })
    }
}
