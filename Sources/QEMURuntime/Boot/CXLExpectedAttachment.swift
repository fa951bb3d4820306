/// Where a type-3 device sits in the topology the command line describes.
public enum CXLExpectedAttachment: Hashable, Sendable, Codable {
    /// Below a root port (`cxl-rp port=`) of the host bridge with this bus number.
    case rootPort(hostBridgeBusNumber: Int, port: Int)
    /// Below a switch downstream port (`cxl-downstream port=`) of a switch under the given host bridge.
    case switchDownstreamPort(hostBridgeBusNumber: Int, port: Int)
    /// On a bus that is neither a root port nor a downstream port (e.g. `pcie.0`), named here.
    case otherBus(String)
}
