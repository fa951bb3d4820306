/// A typed option family: reads its options from the syntax layer and prints them back.
///
/// Reading keeps everything the user wrote (unknown keys in order, spelling, notation), so an
/// option read and printed unchanged gives the same argv; an option built or changed in code prints
/// in canonical form.
public protocol QEMUOptionModel: Hashable, Sendable, Codable {
    /// The option names this family reads, without dashes; the first is the canonical one.
    static var optionNames: [String] { get }
    /// Reads a syntax-level option of this family.
    init(reading option: QEMUOption) throws(QEMUModelError)
    /// The option as a syntax-level option.
    var option: QEMUOption { get }
}

extension QEMUOptionModel {
    /// The canonical option word, such as `-machine`.
    public static var canonicalSpelling: String { "-" + optionNames[0] }

    /// Whether this family reads options named `name` (no dashes).
    public static func reads(_ name: String) -> Bool { optionNames.contains(name) }
}
