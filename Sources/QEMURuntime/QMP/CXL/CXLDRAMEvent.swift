/// Arguments of `cxl-inject-dram-event` (QEMU 8.1+).
public struct CXLDRAMEvent: Hashable, Sendable, Codable {
    /// Canonical QOM path of the Type 3 device.
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
    /// Nibble mask, when valid.
    public var nibbleMask: UInt32?
    /// Bank group, when valid.
    public var bankGroup: UInt8?
    /// Bank, when valid.
    public var bank: UInt8?
    /// Row, when valid.
    public var row: UInt32?
    /// Column, when valid.
    public var column: UInt16?
    /// Correction mask, when valid.
    public var correctionMask: [UInt64]?

    /// Creates the arguments; optional fields are left out of the command when nil.
    public init(
        path: String, log: CXLEventLog, flags: UInt8, dpa: UInt64, descriptor: UInt8, type: UInt8,
        transactionType: UInt8, channel: UInt8? = nil, rank: UInt8? = nil, nibbleMask: UInt32? = nil,
        bankGroup: UInt8? = nil, bank: UInt8? = nil, row: UInt32? = nil, column: UInt16? = nil,
        correctionMask: [UInt64]? = nil
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
        self.nibbleMask = nibbleMask
        self.bankGroup = bankGroup
        self.bank = bank
        self.row = row
        self.column = column
        self.correctionMask = correctionMask
    }

    enum CodingKeys: String, CodingKey {
        case path, log, flags, dpa, descriptor, type, channel, rank, bank, row, column
        case transactionType = "transaction-type"
        case nibbleMask = "nibble-mask"
        case bankGroup = "bank-group"
        case correctionMask = "correction-mask"
    }
}
