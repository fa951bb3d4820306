/// A described switch downstream port and the device below it.
public struct CXLDownstreamPortDescription: Hashable, Sendable, Codable {
    /// The port id; generated (`swport0`, …) when absent.
    public var id: String?
    /// The port number; its index in the switch when absent.
    public var port: Int?
    /// The device below the port, if any.
    public var device: CXLDeviceDescription?

    /// Creates a downstream port description.
    public init(id: String? = nil, port: Int? = nil, device: CXLDeviceDescription? = nil) {
        self.id = id
        self.port = port
        self.device = device
    }
}
