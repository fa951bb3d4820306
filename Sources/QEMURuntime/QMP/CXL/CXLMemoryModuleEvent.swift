/// Arguments of `cxl-inject-memory-module-event` (QEMU 8.1+).
public struct CXLMemoryModuleEvent: Hashable, Sendable, Codable {
    /// Canonical QOM path of the Type 3 device.
    public var path: String
    /// The event log the record goes to.
    public var log: CXLEventLog
    /// Event record flags.
    public var flags: UInt8
    /// Device event type.
    public var type: UInt8
    /// Device health status.
    public var healthStatus: UInt8
    /// Media status.
    public var mediaStatus: UInt8
    /// Additional status.
    public var additionalStatus: UInt8
    /// Percentage of life used.
    public var lifeUsed: UInt8
    /// Device temperature in degrees Celsius.
    public var temperature: Int16
    /// Dirty shutdown count.
    public var dirtyShutdownCount: UInt32
    /// Corrected volatile error count.
    public var correctedVolatileErrorCount: UInt32
    /// Corrected persistent error count.
    public var correctedPersistentErrorCount: UInt32

    /// Creates the arguments.
    public init(
        path: String, log: CXLEventLog, flags: UInt8, type: UInt8, healthStatus: UInt8, mediaStatus: UInt8,
        additionalStatus: UInt8, lifeUsed: UInt8, temperature: Int16, dirtyShutdownCount: UInt32,
        correctedVolatileErrorCount: UInt32, correctedPersistentErrorCount: UInt32
    ) {
        self.path = path
        self.log = log
        self.flags = flags
        self.type = type
        self.healthStatus = healthStatus
        self.mediaStatus = mediaStatus
        self.additionalStatus = additionalStatus
        self.lifeUsed = lifeUsed
        self.temperature = temperature
        self.dirtyShutdownCount = dirtyShutdownCount
        self.correctedVolatileErrorCount = correctedVolatileErrorCount
        self.correctedPersistentErrorCount = correctedPersistentErrorCount
    }

    enum CodingKeys: String, CodingKey {
        case path, log, flags, type, temperature
        case healthStatus = "health-status"
        case mediaStatus = "media-status"
        case additionalStatus = "additional-status"
        case lifeUsed = "life-used"
        case dirtyShutdownCount = "dirty-shutdown-count"
        case correctedVolatileErrorCount = "corrected-volatile-error-count"
        case correctedPersistentErrorCount = "corrected-persistent-error-count"
    }
}
