/// One option of a QEMU command line with its argument, spelled as the user wrote it.
public struct QEMUOption: Hashable, Sendable {
    /// The option word as written: `-M`, `--machine`, `-device`.
    public var spelling: String
    /// The argument, when the option takes one.
    public var argument: QEMUOptionArgument?

    /// Creates an option from its spelling and argument.
    public init(spelling: String, argument: QEMUOptionArgument? = nil) {
        self.spelling = spelling
        self.argument = argument
    }

    /// The name QEMU looks up: the spelling without its leading `-` or `--` (`lookup_opt()`).
    public var name: String { Self.name(ofSpelling: spelling) }

    /// What QEMU's option table says about this option; `nil` for an unknown option.
    public var info: QEMUOptionInfo? { QEMUOptionTable.info(for: name) }

    /// The argv words of this option: the spelling, then the argument if there is one.
    public var words: [String] {
        if let argument { return [spelling, argument.text] }
        return [spelling]
    }

    /// `--foo` is `-foo`: one leading dash is dropped, then the one that names the option.
    static func name(ofSpelling spelling: String) -> String {
        let utf8 = spelling.utf8
        guard var start = utf8.indices.first else { return "" }
        start = utf8.index(after: start)
        if start < utf8.endIndex, utf8[start] == UInt8(ascii: "-") { start = utf8.index(after: start) }
        return String(spelling[start...])
    }
}
