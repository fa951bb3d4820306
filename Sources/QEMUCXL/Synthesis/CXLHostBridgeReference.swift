/// A window target in a description: a host bridge's index (`0`) or id (`cxl.0`).
public enum CXLHostBridgeReference: Hashable, Sendable, Codable {
    /// The host bridge at this position in `host_bridges`.
    case index(Int)
    /// The host bridge with this id.
    case id(String)

    /// Reads an integer index or a string id.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let index = try? container.decode(Int.self) {
            self = .index(index)
        } else {
            self = .id(try container.decode(String.self))
        }
    }

    /// Writes the index or id.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .index(let index): try container.encode(index)
        case .id(let id): try container.encode(id)
        }
    }
}
