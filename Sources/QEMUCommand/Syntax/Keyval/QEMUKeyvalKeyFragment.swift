/// One dot-separated fragment of a keyval key: a QAPI name or a list index.
public enum QEMUKeyvalKeyFragment: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `cxl-fmw` or `targets`.
    case name(String)
    /// `0` in `cxl-fmw.0.size`.
    case index(Int)

    public var description: String {
        switch self {
        case .name(let name): name
        case .index(let index): String(index)
        }
    }
}
