/// The JSON document `qemu-cmd parse --json` writes: the command line, every argument's syntax
/// tree, and the diagnostics.
public struct QEMUParseDocument: Encodable, Sendable {
    /// The file the command line came from.
    public var file: String
    /// Environment assignments before the program.
    public var environment: [EnvironmentAssignment]
    /// The program word.
    public var program: String?
    /// The argv QEMU receives.
    public var argv: [String]
    /// Each option or image with its syntax tree.
    public var items: [Item]
    /// Problems found.
    public var diagnostics: [Diagnostic]

    /// Builds the document of a parse result.
    public init(_ result: QEMUParseResult) {
        file = result.source?.fileName ?? "<argv>"
        environment = result.commandLine.environment
        program = result.commandLine.program
        argv = result.commandLine.argv
        items = result.commandLine.items.map(Item.init)
        diagnostics = result.diagnostics
    }

    /// One command-line item in the document.
    public struct Item: Encodable, Sendable {
        let item: QEMUCommandLineItem

        init(_ item: QEMUCommandLineItem) { self.item = item }

        private enum Key: String, CodingKey {
            case kind, option, name, known, syntax, argument, tree, value, path
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch item {
            case .image(let path):
                try container.encode("image", forKey: .kind)
                try container.encode(path, forKey: .path)
            case .option(let option):
                try container.encode("option", forKey: .kind)
                try container.encode(option.spelling, forKey: .option)
                try container.encode(option.name, forKey: .name)
                try container.encode(option.info != nil, forKey: .known)
                guard let argument = option.argument else { return }
                try container.encode(argument.text, forKey: .argument)
                try encode(argument.syntax, into: &container)
            }
        }

        private func encode(_ syntax: QEMUArgumentSyntaxTree?, into container: inout KeyedEncodingContainer<Key>) throws {
            switch syntax {
            case nil:
                try container.encode("invalid", forKey: .syntax)
            case .plain:
                try container.encode("plain", forKey: .syntax)
            case .qemuOpts(let tree):
                try container.encode("qemuopts", forKey: .syntax)
                try container.encode(KeyValueTreeDocument(tree), forKey: .tree)
            case .keyval(let tree):
                try container.encode("keyval", forKey: .syntax)
                try container.encode(KeyValueTreeDocument(tree), forKey: .tree)
                if let value = try? tree.tree() { try container.encode(value, forKey: .value) }
            case .json(let tree):
                try container.encode("json", forKey: .syntax)
                try container.encode(tree.value, forKey: .value)
            case .legacyChardev(let tree):
                try container.encode("chardev", forKey: .syntax)
                try container.encode(tree, forKey: .tree)
            case .cpu(let tree):
                try container.encode("cpu", forKey: .syntax)
                try container.encode(tree, forKey: .tree)
            case .global(let tree):
                try container.encode("global", forKey: .syntax)
                try container.encode(tree, forKey: .tree)
            case .set(let tree):
                try container.encode("set", forKey: .syntax)
                try container.encode(tree, forKey: .tree)
            }
        }
    }
}
