/// One component in a drawn topology: its id, kind, one-line label and children.
public struct CXLTreeNode: Hashable, Sendable, Codable {
    /// The component id (a window is `window N`).
    public var id: String
    /// What it is: `host bridge`, `root port`, `switch`, `downstream port`, `device`, `window`.
    public var kind: String
    /// Its details on one line.
    public var label: String
    /// The components below it.
    public var children: [CXLTreeNode]

    /// Creates a node.
    public init(id: String, kind: String, label: String, children: [CXLTreeNode] = []) {
        self.id = id
        self.kind = kind
        self.label = label
        self.children = children
    }
}
