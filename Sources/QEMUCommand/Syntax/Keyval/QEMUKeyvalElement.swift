/// One comma-separated element of a keyval argument, as written.
public enum QEMUKeyvalElement: Hashable, Sendable, Codable {
    /// `q35` in `-machine q35,cxl=on`: the first element, read as the implied key's value.
    case implied(value: String)
    /// `cxl-fmw.0.size=4G`: a dotted key and its (unescaped) value.
    case pair(key: String, value: String)
    /// `help` or `?`: a request for help.
    case help(String)
}
