/// A CXL RAS uncorrectable error kind (`CxlUncorErrorType`).
public enum CXLUncorrectableErrorType: String, Hashable, Sendable, Codable, CaseIterable {
    /// `cache-data-parity`
    case cacheDataParity = "cache-data-parity"
    /// `cache-address-parity`
    case cacheAddressParity = "cache-address-parity"
    /// `cache-be-parity`
    case cacheByteEnableParity = "cache-be-parity"
    /// `cache-data-ecc`
    case cacheDataECC = "cache-data-ecc"
    /// `mem-data-parity`
    case memoryDataParity = "mem-data-parity"
    /// `mem-address-parity`
    case memoryAddressParity = "mem-address-parity"
    /// `mem-be-parity`
    case memoryByteEnableParity = "mem-be-parity"
    /// `mem-data-ecc`
    case memoryDataECC = "mem-data-ecc"
    /// `reinit-threshold`
    case reinitThreshold = "reinit-threshold"
    /// `rsvd-encoding`
    case reservedEncoding = "rsvd-encoding"
    /// `poison-received`
    case poisonReceived = "poison-received"
    /// `receiver-overflow`
    case receiverOverflow = "receiver-overflow"
    /// `internal`
    case `internal`
    /// `cxl-ide-tx`
    case ideTransmit = "cxl-ide-tx"
    /// `cxl-ide-rx`
    case ideReceive = "cxl-ide-rx"
}
