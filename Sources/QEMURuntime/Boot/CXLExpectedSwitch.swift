/// A CXL switch (`cxl-upstream` with its `cxl-downstream` ports), as the command line describes it.
public struct CXLExpectedSwitch: Hashable, Sendable, Codable {
    /// The upstream port's QEMU id, e.g. `us0`.
    public var id: String
    /// Bus number of the host bridge above the switch.
    public var hostBridgeBusNumber: Int
    /// Port numbers (`cxl-downstream port=`) of its downstream ports.
    public var downstreamPorts: [Int]

    /// An expected switch.
    public init(id: String, hostBridgeBusNumber: Int, downstreamPorts: [Int]) {
        self.id = id
        self.hostBridgeBusNumber = hostBridgeBusNumber
        self.downstreamPorts = downstreamPorts
    }
}
