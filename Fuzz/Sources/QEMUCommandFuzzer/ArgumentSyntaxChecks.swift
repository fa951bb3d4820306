import QEMUCommand

/// Round trips of the argument syntaxes on their own, with and without an implied key.
enum ArgumentSyntaxChecks {
    /// QemuOpts: lossless print, stable re-parse, canonical form keeps every setting.
    static func checkQEMUOpts(_ text: String, impliedKey: String?) {
        let argument = QEMUOptsArgument(parsing: text, impliedKey: impliedKey)
        require(argument.text == text, "QemuOpts text is not byte-identical", input: text)
        let canonical = QEMUOptsArgument(parsing: argument.canonicalText, impliedKey: impliedKey)
        require(
            canonical.settings.map(Setting.init) == argument.settings.map(Setting.init),
            "QemuOpts canonical text changes the settings", input: text)
    }

    /// keyval: lossless print and stable re-parse when accepted, a diagnostic inside the text when not.
    static func checkKeyval(_ text: String, impliedKey: String?) {
        do {
            let argument = try QEMUKeyvalArgument(parsing: text, impliedKey: impliedKey)
            require(argument.text == text, "keyval text is not byte-identical", input: text)
            let reparsed = try QEMUKeyvalArgument(parsing: argument.text, impliedKey: impliedKey)
            require(reparsed == argument, "keyval text re-parses to a different tree", input: text)
        } catch {
            RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
        }
    }

    /// Legacy chardev spec, `-cpu`, `-global` and `-set`: lossless print and stable re-parse when
    /// accepted, a diagnostic inside the text when not.
    static func checkOneOffSyntaxes(_ text: String) {
        let cpu = QEMUCPUArgument(parsing: text)
        require(cpu.text == text, "-cpu text is not byte-identical", input: text)
        require(QEMUCPUArgument(parsing: cpu.text) == cpu, "-cpu text re-parses to another tree", input: text)
        let global = QEMUGlobalArgument(parsing: text)
        require(global.text == text, "-global text is not byte-identical", input: text)
        require(QEMUGlobalArgument(parsing: global.text) == global, "-global text re-parses to another tree", input: text)
        do {
            let chardev = try QEMULegacyChardevSpec(parsing: text)
            require(chardev.text == text, "chardev spec text is not byte-identical", input: text)
            require(try QEMULegacyChardevSpec(parsing: chardev.text) == chardev, "chardev spec re-parses differently", input: text)
        } catch {
            RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
        }
        do {
            let set = try QEMUSetArgument(parsing: text)
            require(set.text == text, "-set text is not byte-identical", input: text)
            require(try QEMUSetArgument(parsing: set.text) == set, "-set text re-parses to another tree", input: text)
        } catch {
            RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
        }
    }

    /// JSON: lossless print when accepted; the canonical text of the value parses to the same value.
    static func checkJSON(_ text: String) {
        do {
            let argument = try JSONArgument(parsing: text)
            require(argument.text == text, "JSON text is not byte-identical", input: text)
            let canonical = try JSONValue(parsing: argument.value.text)
            require(canonical == argument.value, "canonical JSON parses to another value", input: text)
        } catch {
            RoundTripChecks.requireInside([error], length: text.utf8.count, input: text)
        }
    }
}

/// A key and value pair that can be compared (tuples are not `Equatable` inside arrays).
struct Setting: Equatable {
    var key: String
    var value: String

    init(_ pair: (key: String, value: String)) {
        key = pair.key
        value = pair.value
    }
}
