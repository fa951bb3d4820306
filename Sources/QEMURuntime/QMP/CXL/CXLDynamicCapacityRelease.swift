/// Arguments of `cxl-release-dynamic-capacity` (QEMU 9.1+, unstable).
public struct CXLDynamicCapacityRelease: Hashable, Sendable, Codable {
    /// Canonical QOM path of the dynamic capacity device.
    public var path: String
    /// The host the capacity is taken from.
    public var hostID: UInt16
    /// How extents are chosen; QEMU implements only `prescriptive`.
    public var removalPolicy: String
    /// Forced removal (QEMU does not support it yet).
    public var forcedRemoval: Bool?
    /// Whether the device sanitizes released capacity.
    public var sanitizeOnRelease: Bool?
    /// The dynamic capacity region index (0-7).
    public var region: UInt8
    /// An optional tag selecting extents.
    public var tag: String?
    /// The extents to release.
    public var extents: [CXLDynamicCapacityExtent]

    /// Creates the arguments with the `prescriptive` policy by default.
    public init(
        path: String, hostID: UInt16 = 0, removalPolicy: String = "prescriptive", forcedRemoval: Bool? = nil,
        sanitizeOnRelease: Bool? = nil, region: UInt8, tag: String? = nil, extents: [CXLDynamicCapacityExtent]
    ) {
        self.path = path
        self.hostID = hostID
        self.removalPolicy = removalPolicy
        self.forcedRemoval = forcedRemoval
        self.sanitizeOnRelease = sanitizeOnRelease
        self.region = region
        self.tag = tag
        self.extents = extents
    }

    enum CodingKeys: String, CodingKey {
        case path, region, tag, extents
        case hostID = "host-id"
        case removalPolicy = "removal-policy"
        case forcedRemoval = "forced-removal"
        case sanitizeOnRelease = "sanitize-on-release"
    }
}
