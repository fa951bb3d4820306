/// One line of a `-readconfig` file, kept as written together with what QEMU reads from it.
public struct QEMUConfigLine: Hashable, Sendable, Codable {
    /// The line exactly as written, without its newline.
    public var text: String
    /// What QEMU reads from the line.
    public var kind: QEMUConfigLineKind

    /// A line with its text and meaning.
    public init(text: String, kind: QEMUConfigLineKind) {
        self.text = text
        self.kind = kind
    }
}

/// What one `-readconfig` line means (`qemu_config_foreach()` in util/qemu-config.c).
public enum QEMUConfigLineKind: Hashable, Sendable, Codable {
    /// An empty line (exactly `\n`).
    case blank
    /// `# text`: a comment, only when `#` is the line's first byte.
    case comment
    /// `[device "r0"]` or `[machine]`: starts a section of `group`, with an `id` when given.
    case section(group: String, id: String?)
    /// `  key = "value"`: one setting of the current section.
    case entry(key: String, value: String)
}
