extension QEMUFlag {
    /// Decodes the option word, such as `"-S"` or `"--nodefaults"` (`"S"` is read as `"-S"`).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let spelling = text.hasPrefix("-") ? text : "-" + text
        let name = QEMUOption.name(ofSpelling: spelling)
        self.init(name, spelling: spelling == "-" + name ? nil : spelling)
    }

    /// Encodes the option word.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(option.spelling)
    }
}
