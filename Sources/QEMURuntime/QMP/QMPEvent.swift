/// An asynchronous event sent by QEMU, e.g. `STOP`, `RESUME` or `DEVICE_DELETED`.
public struct QMPEvent: Hashable, Sendable, Codable {
    /// The event name, e.g. `DEVICE_DELETED`.
    public var name: String
    /// The event's data members (empty when QEMU sends none).
    public var data: QMPObject
    /// When QEMU emitted the event.
    public var timestamp: QMPTimestamp

    /// Creates an event.
    public init(name: String, data: QMPObject = [:], timestamp: QMPTimestamp) {
        self.name = name
        self.data = data
        self.timestamp = timestamp
    }

    enum CodingKeys: String, CodingKey {
        case name = "event", data, timestamp
    }

    /// Reads an event message; `data` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        data = try container.decodeIfPresent(QMPObject.self, forKey: .data) ?? [:]
        timestamp = try container.decode(QMPTimestamp.self, forKey: .timestamp)
    }
}

/// The host time at which QEMU emitted an event.
public struct QMPTimestamp: Hashable, Sendable, Codable {
    /// Seconds since the Unix epoch.
    public var seconds: Int64
    /// Microseconds within the second.
    public var microseconds: Int64
}
