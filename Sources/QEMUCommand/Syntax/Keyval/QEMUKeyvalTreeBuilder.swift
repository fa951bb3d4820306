/// Builds the nested value of keyval settings with QEMU's rules and error messages.
///
/// `put` mirrors `keyval_parse_put()` (a key used both as a leaf and as an object is inconsistent;
/// a repeated leaf is replaced), `build` mirrors `keyval_listify()` (objects whose members are all
/// indices become lists, which must have no gaps).
struct QEMUKeyvalTreeBuilder {
    /// An object under construction: members in first-written order.
    private final class Draft {
        var members: [(key: String, value: Member)] = []

        enum Member {
            case leaf(String)
            case object(Draft)
        }

        func index(of key: String) -> Int? { members.firstIndex { $0.key == key } }
    }

    private let root = Draft()

    mutating func put(key: String, value: String, at offset: Int) throws(Diagnostic) {
        let fragments = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var current = root
        for (depth, fragment) in fragments.enumerated().dropLast() {
            if let position = current.index(of: fragment) {
                guard case .object(let next) = current.members[position].value else {
                    throw Self.inconsistent(fragments[...depth].joined(separator: "."), at: offset)
                }
                current = next
            } else {
                let next = Draft()
                current.members.append((fragment, .object(next)))
                current = next
            }
        }
        let leafKey = fragments[fragments.count - 1]
        if let position = current.index(of: leafKey) {
            guard case .leaf = current.members[position].value else { throw Self.inconsistent(key, at: offset) }
            current.members[position].value = .leaf(value)
        } else {
            current.members.append((leafKey, .leaf(value)))
        }
    }

    func build() throws(Diagnostic) -> QEMUKeyvalNode {
        try Self.listify(root, path: "")
    }

    private static func listify(_ draft: Draft, path: String) throws(Diagnostic) -> QEMUKeyvalNode {
        var members: [(key: String, value: QEMUKeyvalNode)] = []
        var hasIndex = false
        var hasName = false
        for member in draft.members {
            if Self.index(member.key) != nil { hasIndex = true } else { hasName = true }
            switch member.value {
            case .leaf(let value): members.append((member.key, .string(value)))
            case .object(let child): members.append((member.key, try listify(child, path: path + member.key + ".")))
            }
        }
        if hasIndex, hasName { throw Self.inconsistent(String(path.dropLast()), at: 0) }
        guard hasIndex else { return .object(members) }
        var elements: [Int: QEMUKeyvalNode] = [:]
        for member in members {
            if let index = Self.index(member.key) { elements[index] = member.value }
        }
        var list: [QEMUKeyvalNode] = []
        let maximum = elements.keys.max() ?? -1
        for position in 0...maximum {
            guard let element = elements[position] else {
                throw Diagnostic.error(
                    "Parameter '\(path)\(position)' missing", at: QEMUKeyvalParser.location(0),
                    rule: "keyval.list-gap", fix: "list indices must run from 0 without gaps; add '\(path)\(position)'")
            }
            list.append(element)
        }
        return .list(list)
    }

    /// `key_to_index()`: a fragment starting with a digit is a list index.
    private static func index(_ key: String) -> Int? {
        guard let first = key.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        return Int(key) ?? Int.max
    }

    private static func inconsistent(_ prefix: String, at offset: Int) -> Diagnostic {
        .error(
            "Parameters '\(prefix).*' used inconsistently", at: QEMUKeyvalParser.location(offset),
            rule: "keyval.inconsistent",
            fix: "use '\(prefix)' either as a value or as a parent of dotted keys (all names or all list indices), not both")
    }
}
