/// One element of a QEMU command line after the program.
public enum QEMUCommandLineItem: Hashable, Sendable {
    /// An option and its argument: `-m 1G`, `-S`.
    case option(QEMUOption)
    /// A word that does not start with `-`: a disk image, as with `-hda` (`drive_add(IF_DEFAULT…)`).
    case image(String)

    /// The argv words of this item.
    public var words: [String] {
        switch self {
        case .option(let option): option.words
        case .image(let path): [path]
        }
    }

    /// The option, if this item is one.
    public var option: QEMUOption? {
        if case .option(let option) = self { return option }
        return nil
    }
}
