/// A QEMU command line: environment, program and items, kept exactly as written.
///
/// Nothing is normalised: option spellings, argument texts, unknown options and their order are
/// kept, so ``argv`` is the argv the command was parsed from.
public struct QEMUCommandLine: Hashable, Sendable {
    /// `NAME=value` assignments written before the program.
    public var environment: [EnvironmentAssignment]
    /// The program word, such as `/usr/bin/qemu-system-x86_64`; `nil` when the text starts with an option.
    public var program: String?
    /// The options and images after the program, in order.
    public var items: [QEMUCommandLineItem]

    /// Creates a command line from its parts.
    public init(environment: [EnvironmentAssignment] = [], program: String?, items: [QEMUCommandLineItem]) {
        self.environment = environment
        self.program = program
        self.items = items
    }

    /// The program followed by every item's words: what QEMU receives as argv.
    public var argv: [String] {
        (program.map { [$0] } ?? []) + arguments
    }

    /// Every item's words, without the program.
    public var arguments: [String] { items.flatMap(\.words) }

    /// The options, in order.
    public var options: [QEMUOption] {
        var options: [QEMUOption] = []
        options.reserveCapacity(items.count)
        for case .option(let option) in items { options.append(option) }
        return options
    }

    /// The options QEMU looks up under `name` (no dashes), in order.
    public func options(named name: String) -> [QEMUOption] {
        options.filter { $0.name == name }
    }
}
