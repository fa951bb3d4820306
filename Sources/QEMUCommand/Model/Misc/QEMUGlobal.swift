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

    /// The option names this family reads, without dashes.
    public static let optionNames = ["global"]

    /// Reads `-global driver.property=value` (the syntax layer's ``QEMUGlobalArgument`` shorthand);
    /// the long `driver=…,property=…,value=…` form stays untyped.
    public init(reading option: QEMUOption) throws(QEMUModelError) {
        guard option.name == "global", case .global(.shorthand(let driver, let property, let value)) = option.argument?.syntax else {
            throw QEMUModelError("-global expects driver.property=value")
        }
        self.init(driver: driver, property: property, value: value, spelling: QEMUSpelling.written(option, canonical: Self.canonicalSpelling))
    }

    /// The option.
    public var option: QEMUOption {
        let tree = QEMUGlobalArgument.shorthand(driver: driver, property: property, value: value)
        return QEMUOption(spelling: spelling ?? Self.canonicalSpelling, argument: QEMUOptionArgument(.global(tree)))
    }
}
