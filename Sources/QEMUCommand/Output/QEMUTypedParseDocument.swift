/// The JSON document `qemu-cmd parse --json` writes: the syntax document (``QEMUParseDocument``:
/// `argv`, `items` with every argument's syntax tree, `diagnostics`) with the typed model's
/// members (``QEMUVirtualMachine``: `machine`, `memory`, `devices`, …, `typedItems`) at the top level.
public struct QEMUTypedParseDocument: Encodable, Sendable {
    /// The syntax-level document.
    public var syntax: QEMUParseDocument
    /// The typed model.
    public var model: QEMUVirtualMachine

    /// Builds the document of a parse result.
    public init(_ result: QEMUParseResult) {
        syntax = QEMUParseDocument(result)
        model = QEMUVirtualMachine(result.commandLine)
    }

    /// Encodes the members of both documents into one object (they share `program` and `environment`).
    public func encode(to encoder: any Encoder) throws {
        try syntax.encode(to: encoder)
        try model.encode(to: encoder)
    }
}
