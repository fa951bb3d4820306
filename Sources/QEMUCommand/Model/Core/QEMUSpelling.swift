/// The option word to remember for a typed option.
enum QEMUSpelling {
    /// The spelling of `option`, or `nil` when it is `canonical`, the word the family prints by default.
    static func written(_ option: QEMUOption, canonical: String? = nil) -> String? {
        option.spelling == (canonical ?? "-" + option.name) ? nil : option.spelling
    }
}
