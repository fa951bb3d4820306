/// A parsed command line with its diagnostics and where every item came from.
public struct QEMUParseResult: Sendable {
    /// The command line, exactly as written.
    public var commandLine: QEMUCommandLine
    /// Problems found, in source order, positioned in the source text.
    public var diagnostics: [Diagnostic]
    /// The source text, when the command line was read from text.
    public var source: SourceText?
    /// The program word.
    public var programWord: ShellWord?
    /// Where each of `commandLine.items` came from (same order and count).
    public var itemSources: [QEMUItemSource]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The source location of byte `offset` inside the argument of item `index` (or inside the
    /// option word when the item has no argument).
    public func location(ofArgumentOffset offset: Int, inItem index: Int) -> SourceLocation {
        let itemSource = itemSources[index]
        return (itemSource.argumentWord ?? itemSource.word).location(ofValueOffset: offset, in: source)
    }

    /// Moves a diagnostic positioned relative to item `index`'s argument into source coordinates.
    public func relocate(_ diagnostic: Diagnostic, inItem index: Int) -> Diagnostic {
        let itemSource = itemSources[index]
        return (itemSource.argumentWord ?? itemSource.word).relocate(diagnostic, in: source)
    }
}
