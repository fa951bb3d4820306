/// What Linux should show on the CXL bus for a command line: its memdevs, host bridges and switches.
public struct CXLBootExpectation: Hashable, Sendable, Codable {
    /// Type-3 devices.
    public var memdevs: [CXLExpectedMemdev]
    /// Host bridges with their root ports.
    public var hostBridges: [CXLExpectedHostBridge]
    /// Switches.
    public var switches: [CXLExpectedSwitch]

    /// An expectation from its parts.
    public init(memdevs: [CXLExpectedMemdev], hostBridges: [CXLExpectedHostBridge], switches: [CXLExpectedSwitch] = []) {
        self.memdevs = memdevs
        self.hostBridges = hostBridges
        self.switches = switches
    }
}
