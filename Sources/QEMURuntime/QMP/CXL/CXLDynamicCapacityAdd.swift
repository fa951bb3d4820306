/// Arguments of `cxl-add-dynamic-capacity` (QEMU 9.1+, unstable).
public struct CXLDynamicCapacityAdd: Hashable, Sendable, Codable {
    /// Canonical QOM path of the dynamic capacity device.
    public var path: String
    /// The host the capacity is offered to.
    public var hostID: UInt16
    /// How extents are chosen; QEMU implements only `prescriptive`.
    public var selectionPolicy: String
    /// The dynamic capacity region index (0-7).
    public var region: UInt8
    /// An optional tag for the extents.
    public var tag: String?
    /// The extents to add.
    public var extents: [CXLDynamicCapacityExtent]

    /// Creates the arguments with the `prescriptive` policy by default.
    public init(
        path: String, hostID: UInt16 = 0, selectionPolicy: String = "prescriptive", region: UInt8,
        tag: String? = nil, extents: [CXLDynamicCapacityExtent]
    ) {
        self.path = path
        self.hostID = hostID
        self.selectionPolicy = selectionPolicy
        self.region = region
        self.tag = tag
        self.extents = extents
    }

    enum CodingKeys: String, CodingKey {
        case path, region, tag, extents
        case hostID = "host-id"
        case selectionPolicy = "selection-policy"
    }
}
