/// Builds property lists for the typed builders, leaving out values that are not given.
enum QEMUBuilderProperties {
    /// The given properties in order; numbers and booleans stay typed so JSON notation prints them as such.
    static func make(_ pairs: [(String, JSONValue?)]) -> [QEMUProperty] {
        pairs.compactMap { key, value in value.map { QEMUProperty(key, $0) } }
    }

    static func string(_ value: String?) -> JSONValue? { value.map(JSONValue.string) }
    static func id(_ value: QEMUID?) -> JSONValue? { value.map { .string($0.rawValue) } }
    static func number(_ value: UInt64?) -> JSONValue? { value.map { .number(JSONNumber($0)) } }
    static func bool(_ value: QEMUBool?) -> JSONValue? { value.map { .bool($0.value) } }
}
