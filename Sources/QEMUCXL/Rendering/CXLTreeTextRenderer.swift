/// Prints a topology as an indented tree with box-drawing branches.
public struct CXLTreeTextRenderer: Sendable {
    /// The topology to print.
    public var topology: CXLTopology

    /// Creates a renderer.
    public init(topology: CXLTopology) {
        self.topology = topology
    }

    /// The tree text: machine line, hierarchy, then windows and their interleave sets.
    public func render() -> String {
        let builder = CXLTreeBuilder(topology: topology)
        var lines = ["machine \(topology.machine.type), cxl=\(topology.machine.isCXLEnabled ? "on" : "off")"]
        append(builder.hierarchy(), prefix: "", into: &lines)
        let windows = builder.windows()
        lines.append(windows.isEmpty ? "windows: none" : "windows")
        append(windows, prefix: "", into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func append(_ nodes: [CXLTreeNode], prefix: String, into lines: inout [String]) {
        for (index, node) in nodes.enumerated() {
            let isLast = index == nodes.count - 1
            let name = node.id.isEmpty ? node.kind : "\(node.kind) \(node.id)"
            let label = node.label.isEmpty ? "" : ": " + node.label
            lines.append(prefix + (isLast ? "└─ " : "├─ ") + name + label)
            append(node.children, prefix: prefix + (isLast ? "   " : "│  "), into: &lines)
        }
    }
}
