/// Rewrites a command line into a canonical form that QEMU reads the same way.
///
/// The syntax layer keeps everything as written; normalising is explicit and each rewrite is a
/// ``QEMUNormalization``. Options whose argument could not be read are left untouched.
public struct QEMUNormalizer: Sendable {
    /// The rewrites to apply.
    public var normalizations: Set<QEMUNormalization>

    /// A normaliser applying `normalizations` (all of them by default).
    public init(_ normalizations: Set<QEMUNormalization> = Set(QEMUNormalization.allCases)) {
        self.normalizations = normalizations
    }

    /// The normalised command line.
    public func normalize(_ commandLine: QEMUCommandLine) -> QEMUCommandLine {
        var result = commandLine
        if normalizations.contains(.longSpellings) { result.items = result.items.map(Self.longSpelling) }
        if normalizations.contains(.explicitBooleans) { result.items = result.items.map(Self.explicitBooleans) }
        if normalizations.contains(.mergeRepeated) {
            for name in ["machine", "smp", "boot", "m"] { result.items = QEMUOptionMerger(optionName: name).merge(result.items) }
        }
        return result
    }

    private static func longSpelling(_ item: QEMUCommandLineItem) -> QEMUCommandLineItem {
        guard var option = item.option, option.info != nil else { return item }
        option.spelling = "-" + (option.name == "M" ? "machine" : option.name)
        return .option(option)
    }

    private static func explicitBooleans(_ item: QEMUCommandLineItem) -> QEMUCommandLineItem {
        guard var option = item.option, let argument = option.argument, case .qemuOpts(let tree) = argument.syntax,
              !tree.elements.contains(where: { $0 == .flag("help") || $0 == .flag("?") }) else { return item }
        let text = tree.canonicalText
        option.argument = QEMUOptionArgument(text: text, syntax: .qemuOpts(QEMUOptsArgument(parsing: text, impliedKey: tree.impliedKey)))
        return .option(option)
    }
}
