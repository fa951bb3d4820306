/// A CXL endpoint port as Linux shows it (`endpointN`): a memdev attached to the port hierarchy.
public struct CXLGuestEndpoint: Hashable, Sendable, Codable {
    /// Sysfs name, e.g. `endpoint2`.
    public var name: String
    /// The port above the endpoint, e.g. `port1`.
    public var parent: String
    /// The memdev the endpoint belongs to, e.g. `mem0`.
    public var memdev: String

    /// An endpoint from its sysfs values.
    public init(name: String, parent: String, memdev: String) {
        self.name = name
        self.parent = parent
        self.memdev = memdev
    }
}
