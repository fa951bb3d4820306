/// One `key=value` of an option argument, as the checks see it: QemuOpts, keyval and JSON alike.
struct QEMUCheckSetting: Sendable {
    /// How the value was written.
    enum Form: Sendable, Equatable {
        /// Text to be converted by QEMU (`key=value`, a keyval leaf, an implied value).
        case text
        /// A QemuOpts short-form boolean (`share`, `noshare`).
        case shortBoolean
        /// A JSON string.
        case jsonString
        /// A JSON number (``QEMUCheckSetting/value`` holds its text).
        case jsonNumber
        /// A JSON `true`/`false` (``QEMUCheckSetting/value`` is `on`/`off`).
        case jsonBool
        /// A JSON object, array or null (``QEMUCheckSetting/value`` is empty).
        case jsonStructure
    }

    /// The key; dotted for nested keyval and JSON members (`cxl-fmw.0.size`).
    var key: String
    /// The value text.
    var value: String
    /// How the value was written.
    var form: Form
    /// Where the whole element is in the source.
    var range: SourceRange
    /// Where the value is in the source.
    var valueRange: SourceRange

    /// Whether the value came from JSON.
    var isJSON: Bool { [.jsonString, .jsonNumber, .jsonBool, .jsonStructure].contains(form) }
}
