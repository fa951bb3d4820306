extension QEMUOption: Codable {
    private enum CodingKeys: String, CodingKey {
        case spelling = "option", argument
    }

    /// Decodes `{"option": "-x", "argument": "…"}` and reads the argument as the parser does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let spelling = try container.decode(String.self, forKey: .spelling)
        guard let text = try container.decodeIfPresent(String.self, forKey: .argument) else {
            self.init(spelling: spelling)
            return
        }
        let syntax = QEMUOptionTable.info(for: Self.name(ofSpelling: spelling))?.syntax ?? .plain
        self.init(spelling: spelling, argument: QEMUOptionArgument(text: text, syntax: QEMUArgumentReader.read(text, as: syntax).0))
    }

    /// Encodes the spelling and the argument text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(spelling, forKey: .spelling)
        try container.encodeIfPresent(argument?.text, forKey: .argument)
    }
}
