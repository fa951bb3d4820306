/// Arguments of `cxl-inject-general-media-event` (QEMU 8.1+).
public struct CXLGeneralMediaEvent: Hashable, Sendable, Codable {
    /// Canonical QOM path of the Type 3 device, e.g. `/machine/peripheral/cxl-pmem0`.
    public var path: String
    /// The event log the record goes to.
    public var log: CXLEventLog
    /// Event record flags.
    public var flags: UInt8
    /// Device physical address.
    public var dpa: UInt64
    /// Memory event descriptor.
    public var descriptor: UInt8
    /// Memory event type.
    public var type: UInt8
    /// Transaction type.
    public var transactionType: UInt8
    /// Channel, when valid.
    public var channel: UInt8?
    /// Rank, when valid.
    public var rank: UInt8?
    /// Device, when valid.
    public var device: UInt32?
    /// Component identifier, when valid.
    public var componentID: String?

    /// Creates the arguments; optional fields are left out of the command when nil.
    public init(
        path: String, log: CXLEventLog, flags: UInt8, dpa: UInt64, descriptor: UInt8, type: UInt8,
        transactionType: UInt8, channel: UInt8? = nil, rank: UInt8? = nil, device: UInt32? = nil,
        componentID: String? = nil
    ) {
        self.path = path
        self.log = log
        self.flags = flags
        self.dpa = dpa
        self.descriptor = descriptor
        self.type = type
        self.transactionType = transactionType
        self.channel = channel
        self.rank = rank
        self.device = device
        self.componentID = componentID
    }

    enum CodingKeys: String, CodingKey {
        case path, log, flags, dpa, descriptor, type, channel, rank, device
        case transactionType = "transaction-type"
        case componentID = "component-id"
    }
}
