/// `-global driver.property=value`: a default for a property of every device of a driver.
public struct QEMUGlobal: QEMUOptionModel {
    /// The driver, such as `ICH9-LPC` or `cfi.pflash01`.
    public var driver: String
    /// The property.
    public var property: String
    /// The value.
    public var value: String
    /// The option word as written; `nil` for `-global`.
    public var spelling: String?

    /// A global default.
    public init(driver: String, property: String, value: String, spelling: String? = nil) {
        self.driver = driver
        self.property = property
        self.value = value
        self.spelling = spelling
    }

    public static let optionNames = ["global"]

    /// Reads `-global driver.property=value` (`qemu_global_option()`); the `driver=…,property=…,value=…`
    /// form stays untyped.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard let text = option.argument?.text, option.name == "global",
              let equals = text.firstIndex(of: "="), let dot = text[..<equals].firstIndex(of: "."),
              dot > text.startIndex, text.index(after: dot) < equals else {
            throw QEMUModelError("-global expects driver.property=value")
        }
        self.init(
            driver: String(text[..<dot]), property: String(text[text.index(after: dot)..<equals]),
            value: String(text[text.index(after: equals)...]), spelling: QEMUSpelling.written(option, canonical: Self.canonicalSpelling))
    }

    /// The option.
    public var option: QEMUOption {
        let text = driver + "." + property + "=" + value
        let (tree, _) = QEMUArgumentReader.read(text, as: .global)
        return QEMUOption(spelling: spelling ?? Self.canonicalSpelling, argument: QEMUOptionArgument(text: text, syntax: tree))
    }
}
