/// The base an integer was written in, as `strtoull(…, 0)` chooses it.
public enum QEMUIntegerRadix: String, Hashable, Sendable, Codable, CaseIterable {
    /// `42`.
    case decimal
    /// `0x2a`.
    case hexadecimal
    /// `052`: a leading zero means octal.
    case octal
}
