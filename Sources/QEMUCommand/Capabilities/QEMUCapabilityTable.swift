/// A name → value table of a capability profile: its devices, object types or QOM parents.
///
/// A table read from a stored profile keeps the profile's JSON and an index of where each entry's
/// value starts, and decodes a value when it is asked for. A `check` asks for a handful of the
/// hundreds of entries, and decoding every one of them was most of the time of loading a profile.
/// Every value is still read once while the table is built (without keeping it), so a damaged
/// profile is refused when it is loaded, as `JSONDecoder` refuses it. A table made in memory
/// holds its values directly.
public struct QEMUCapabilityTable<Value: Hashable & Sendable & Codable>: Sendable {
    private enum Storage: Sendable {
        case values([String: Value])
        case stored(QEMUStoredTable<Value>)
    }

    private let storage: Storage

    /// A table of `values`.
    public init(_ values: [String: Value]) {
        storage = .values(values)
    }

    /// Reads a JSON object of entries, checking every value with `decode` but keeping only where it
    /// starts.
    init(
        reading reader: inout QEMUProfileJSONReader,
        decode: @escaping @Sendable (inout QEMUProfileJSONReader) throws(QEMUProfileReadError) -> Value
    ) throws(QEMUProfileReadError) {
        storage = .stored(try QEMUStoredTable(reading: &reader, decode: decode))
    }

    /// The value named `name`, nil when the table has none.
    public subscript(name: String) -> Value? {
        switch storage {
        case .values(let values): values[name]
        case .stored(let table): table.value(named: name)
        }
    }

    /// Whether the table has an entry named `name` (without decoding it).
    public func contains(_ name: String) -> Bool {
        switch storage {
        case .values(let values): values[name] != nil
        case .stored(let table): table.offsets[name] != nil
        }
    }

    /// The names of the entries, sorted.
    public var keys: [String] {
        switch storage {
        case .values(let values): values.keys.sorted()
        case .stored(let table): table.offsets.keys.sorted()
        }
    }

    /// The number of entries.
    public var count: Int {
        switch storage {
        case .values(let values): values.count
        case .stored(let table): table.offsets.count
        }
    }

    /// Every entry, decoded.
    public var dictionary: [String: Value] {
        switch storage {
        case .values(let values): values
        case .stored(let table): table.offsets.keys.reduce(into: [:]) { result, name in result[name] = table.value(named: name) }
        }
    }
}

extension QEMUCapabilityTable: Hashable {
    public static func == (left: Self, right: Self) -> Bool {
        left.dictionary == right.dictionary
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(dictionary)
    }
}

extension QEMUCapabilityTable: Codable {
    /// Reads the table as a JSON object of entries.
    public init(from decoder: any Decoder) throws {
        self.init(try [String: Value](from: decoder))
    }

    /// Writes the table as a JSON object of entries.
    public func encode(to encoder: any Encoder) throws {
        try dictionary.encode(to: encoder)
    }
}

extension QEMUCapabilityTable: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements) { _, later in later })
    }
}

/// The entries of a table in a stored profile: the profile's bytes and where each value starts.
private final class QEMUStoredTable<Value: Sendable>: Sendable {
    let bytes: [UInt8]
    /// Name → offset of the value's first byte; the last of repeated names wins, as in `JSONDecoder`.
    let offsets: [String: Int]
    let decode: @Sendable (inout QEMUProfileJSONReader) throws(QEMUProfileReadError) -> Value

    init(
        reading reader: inout QEMUProfileJSONReader,
        decode: @escaping @Sendable (inout QEMUProfileJSONReader) throws(QEMUProfileReadError) -> Value
    ) throws(QEMUProfileReadError) {
        var entries: [(String, Int)] = []
        try reader.readObject { reader, name throws(QEMUProfileReadError) in
            entries.append((name, reader.valueStart()))
            try reader.checkValue(decode)
        }
        bytes = reader.bytes
        offsets = Dictionary(entries) { _, later in later }
        self.decode = decode
    }

    /// The value named `name`, decoded.
    func value(named name: String) -> Value? {
        guard let offset = offsets[name] else { return nil }
        var reader = QEMUProfileJSONReader(bytes, at: offset)
        // The value was read without an error when the table was built, from these same bytes.
        return try? decode(&reader)
    }
}
