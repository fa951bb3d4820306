import Yams

/// How a description that `extends:` another one changes it (docs/machine-description.md).
///
/// Mappings merge key by key, and a key set to `null` removes it. Lists of entries with an `id`
/// (or `node-name`) merge entry by entry: an entry with a known id changes that entry, an entry
/// with `$remove: true` deletes it, and new entries are appended. Other list elements are appended
/// unless already present. Anything else replaces the base value.
enum QEMUDescriptionMerge {
    static let removeKey = "$remove"

    static func merge(_ base: Node, _ override: Node) -> Node {
        switch (base, override) {
        case (.mapping(let baseMapping), .mapping(let overrideMapping)):
            return .mapping(merge(baseMapping, overrideMapping))
        case (.sequence(let baseSequence), .sequence(let overrideSequence)):
            return .sequence(merge(baseSequence, overrideSequence))
        default:
            return override
        }
    }

    private static func merge(_ base: Node.Mapping, _ override: Node.Mapping) -> Node.Mapping {
        var pairs = Array(base.map { ($0.key, $0.value) })
        for (key, value) in override {
            let position = pairs.firstIndex { $0.0 == key }
            if isNull(value) {
                if let position { pairs.remove(at: position) }
            } else if let position {
                pairs[position].1 = merge(pairs[position].1, value)
            } else {
                pairs.append((key, value))
            }
        }
        return Node.Mapping(pairs, base.tag, base.style, base.mark)
    }

    private static func merge(_ base: Node.Sequence, _ override: Node.Sequence) -> Node.Sequence {
        var nodes = Array(base)
        for node in override {
            if let id = identity(of: node) {
                let position = nodes.firstIndex { identity(of: $0) == id }
                if node.mapping?[removeKey]?.bool == true {
                    if let position { nodes.remove(at: position) }
                } else if let position {
                    nodes[position] = merge(nodes[position], node)
                } else {
                    nodes.append(node)
                }
            } else if !nodes.contains(node) {
                nodes.append(node)
            }
        }
        return Node.Sequence(nodes, base.tag, base.style, base.mark)
    }

    /// The `id` or `node-name` of a list entry.
    static func identity(of node: Node) -> String? {
        guard let mapping = node.mapping else { return nil }
        return (mapping["id"] ?? mapping["node-name"] ?? mapping["nodeName"])?.string
    }

    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return node.null != nil && scalar.style == .plain
    }
}
