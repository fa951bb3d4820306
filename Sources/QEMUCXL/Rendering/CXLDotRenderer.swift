/// Prints a topology as a Graphviz `digraph`: components as boxes, windows as ellipses with
/// dashed edges to the host bridges they interleave.
public struct CXLDotRenderer: Sendable {
    /// The topology to draw.
    public var topology: CXLTopology

    /// Creates a renderer.
    public init(topology: CXLTopology) {
        self.topology = topology
    }

    /// The DOT text.
    public func render() -> String {
        let builder = CXLTreeBuilder(topology: topology)
        var lines = ["digraph cxl {", "  rankdir=TB;", "  node [shape=box, fontname=\"Helvetica\"];"]
        var counter = 0
        for root in builder.hierarchy() {
            _ = append(root, into: &lines, counter: &counter)
        }
        for ((index, window), tree) in zip(topology.windows.enumerated(), builder.windows()) {
            let node = Self.quote("window \(index)")
            lines.append("  \(node) [shape=ellipse, label=\(Self.quote("window \(index)\n\(tree.label)"))];")
            for target in window.targets {
                lines.append("  \(node) -> \(Self.quote(target)) [style=dashed];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Adds `node` and its subtree; returns the DOT name it was given.
    private func append(_ node: CXLTreeNode, into lines: inout [String], counter: inout Int) -> String {
        let name: String
        if node.id.isEmpty {
            counter += 1
            name = Self.quote("unattached \(counter)")
        } else {
            name = Self.quote(node.id)
        }
        let title = node.id.isEmpty ? node.kind : "\(node.kind) \(node.id)"
        lines.append("  \(name) [label=\(Self.quote(node.label.isEmpty ? title : title + "\n" + node.label))];")
        for child in node.children {
            let childName = append(child, into: &lines, counter: &counter)
            lines.append("  \(name) -> \(childName);")
        }
        return name
    }

    /// The one place DOT strings are quoted: `"` and `\` escaped, newlines as `\n`.
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
