/// A described root port with a device, a switch or nothing below it.
public struct CXLRootPortDescription: Hashable, Sendable, Codable {
    /// The port id; generated (`rp0`, …) when absent.
    public var id: String?
    /// The port number; its index in the host bridge when absent.
    public var port: Int?
    /// A device directly below the port.
    public var device: CXLDeviceDescription?
    /// A switch below the port.
    public var `switch`: CXLSwitchDescription?

    /// Creates a root port description.
    public init(id: String? = nil, port: Int? = nil, device: CXLDeviceDescription? = nil, switch: CXLSwitchDescription? = nil) {
        self.id = id
        self.port = port
        self.device = device
        self.switch = `switch`
    }
}
