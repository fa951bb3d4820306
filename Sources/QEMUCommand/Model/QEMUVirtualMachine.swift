/// A whole QEMU command line as typed options: what the virtual machine is made of.
///
/// ``items`` keeps every option in order, each read into its family (``QEMUMachine``,
/// ``QEMUDevice``, …) or kept at the syntax level, so ``commandLine`` of a model read from a
/// command line is the command line it was read from. The views (``machine``, ``memory``,
/// ``devices``, …) show what QEMU makes of the options. The model is `Codable` (JSON and YAML).
public struct QEMUVirtualMachine: Hashable, Sendable {
    /// `NAME=value` assignments before the program.
    public var environment: [EnvironmentAssignment]
    /// The program, such as `qemu-system-x86_64`.
    public var program: String?
    /// The options and images, in order.
    public var items: [QEMUModelItem]

    /// A model from its parts.
    public init(environment: [EnvironmentAssignment] = [], program: String? = nil, items: [QEMUModelItem] = []) {
        self.environment = environment
        self.program = program
        self.items = items
    }

    /// Reads every option of a command line into its typed family.
    public init(_ commandLine: QEMUCommandLine) {
        self.init(environment: commandLine.environment, program: commandLine.program, items: commandLine.items.map(QEMUModelItem.init))
    }

    /// Parses shell text and reads it into the typed model; diagnostics are those of the parse.
    public static func parse(shellText: String, fileName: String = "-") -> (model: QEMUVirtualMachine, diagnostics: [Diagnostic]) {
        let result = QEMUCommandLine.parse(shellText: shellText, fileName: fileName)
        return (QEMUVirtualMachine(result.commandLine), result.diagnostics)
    }

    /// The syntax-level command line.
    public var commandLine: QEMUCommandLine {
        QEMUCommandLine(environment: environment, program: program, items: items.map(\.commandLineItem))
    }

    /// The argv QEMU receives, program first.
    public var argv: [String] { commandLine.argv }

    /// The command as shell text, one option per line.
    public var shellText: String { QEMUCommandLineFormatter.canonical(commandLine) }

    /// Adds an item at the end.
    public mutating func append(_ item: QEMUModelItem) {
        items.append(item)
    }
}
