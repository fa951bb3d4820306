/// A typed option family whose argument is `key=value,…` or JSON: the typed fields are read from
/// and written to the argument's settings, and untyped keys are kept in ``properties``.
protocol QEMUKeyedOption: QEMUOptionModel {
    /// How the option is written.
    var form: QEMUOptionForm { get set }
    /// Reads the typed fields and the remaining properties.
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError)
    /// Writes the typed fields, then the properties, in canonical order.
    func write(to writer: inout QEMUSettingsWriter)
    /// The option word printed when ``form`` has none.
    var defaultSpelling: String { get }
    /// The option word printed by default for options like `option`.
    static func canonicalSpelling(for option: QEMUOption) -> String
}

extension QEMUKeyedOption {
    var defaultSpelling: String { Self.canonicalSpelling }

    static func canonicalSpelling(for option: QEMUOption) -> String { canonicalSpelling }

    /// Reads `option` with its settings, remembering its spelling, notation and text.
    static func read(_ option: QEMUOption) throws(QEMUModelError) -> Self {
        guard reads(option.name) else {
            throw QEMUModelError("'\(option.spelling)' is not a \(canonicalSpelling) option")
        }
        var settings = try QEMUSettingsReader(option)
        var value = try Self(settings: &settings)
        value.form = QEMUOptionForm(spelling: QEMUSpelling.written(option, canonical: canonicalSpelling(for: option)), notation: settings.notation, written: option.argument?.text)
        return value
    }

    /// The option as written when it still means the same, else in canonical form.
    var printedOption: QEMUOption {
        let spelling = form.spelling ?? defaultSpelling
        let syntax = QEMUOptionTable.info(for: QEMUOption.name(ofSpelling: spelling))?.syntax ?? .plain
        if let written = form.written {
            let option = QEMUKeyedOptionText.option(spelling: spelling, text: written, syntax: syntax)
            if let reread = try? Self(reading: option), reread == self { return option }
        }
        var writer = QEMUSettingsWriter()
        write(to: &writer)
        let acceptsJSON = QEMUKeyedOptionText.acceptsJSON(syntax)
        var text = writer.text(acceptsJSON ? form.notation : .keyValue, syntax: syntax)
        if acceptsJSON, text.hasPrefix("{"), form.notation == .keyValue {
            text = writer.text(.json, syntax: syntax)  // QEMU reads an argument starting with `{` as JSON
        }
        return QEMUKeyedOptionText.option(spelling: spelling, text: text, syntax: syntax)
    }
}

/// Makes a syntax-level option from an argument text, reading it as the parser does.
enum QEMUKeyedOptionText {
    /// Whether QEMU reads a JSON argument for options of `syntax`.
    static func acceptsJSON(_ syntax: QEMUArgumentSyntax) -> Bool {
        switch syntax {
        case .jsonOrQEMUOpts, .jsonOrKeyval, .netdev, .display: true
        default: false
        }
    }

    static func option(spelling: String, text: String, syntax: QEMUArgumentSyntax) -> QEMUOption {
        let (tree, _) = QEMUArgumentReader.read(text, as: syntax)
        return QEMUOption(spelling: spelling, argument: QEMUOptionArgument(text: text, syntax: tree))
    }
}
