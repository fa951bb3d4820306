/// A CXL RAS correctable error kind (`CxlCorErrorType`).
public enum CXLCorrectableErrorType: String, Hashable, Sendable, Codable, CaseIterable {
    /// `cache-data-ecc`
    case cacheDataECC = "cache-data-ecc"
    /// `mem-data-ecc`
    case memoryDataECC = "mem-data-ecc"
    /// `crc-threshold`
    case crcThreshold = "crc-threshold"
    /// `retry-threshold`
    case retryThreshold = "retry-threshold"
    /// `cache-poison-received`
    case cachePoisonReceived = "cache-poison-received"
    /// `mem-poison-received`
    case memoryPoisonReceived = "mem-poison-received"
    /// `physical`
    case physical
}
