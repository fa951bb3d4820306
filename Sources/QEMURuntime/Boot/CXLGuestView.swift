/// Linux's view of the CXL bus (`/sys/bus/cxl/devices`) as reported by the boot-check init.
public struct CXLGuestView: Hashable, Sendable, Codable {
    /// Memory devices (`memN`).
    public var memdevs: [CXLGuestMemdev]
    /// Root, host bridge and switch ports.
    public var ports: [CXLGuestPort]
    /// Endpoint ports.
    public var endpoints: [CXLGuestEndpoint]
    /// HDM decoders.
    public var decoders: [CXLGuestDecoder]
    /// Other CXL bus devices by name with their device type (`nvdimm-bridge0`, `pmem0`, `region0`, …).
    public var otherDevices: [String: String]
    /// How many PCI functions with the CXL memory device class (0x050210) the guest saw.
    public var cxlPCIFunctions: Int
    /// Modules `insmod` refused, with its message.
    public var moduleErrors: [String]
    /// The region attempt, when one was asked for.
    public var region: CXLGuestRegionResult?

    /// A view from its parts.
    public init(
        memdevs: [CXLGuestMemdev] = [], ports: [CXLGuestPort] = [], endpoints: [CXLGuestEndpoint] = [],
        decoders: [CXLGuestDecoder] = [], otherDevices: [String: String] = [:], cxlPCIFunctions: Int = 0,
        moduleErrors: [String] = [], region: CXLGuestRegionResult? = nil
    ) {
        self.memdevs = memdevs
        self.ports = ports
        self.endpoints = endpoints
        self.decoders = decoders
        self.otherDevices = otherDevices
        self.cxlPCIFunctions = cxlPCIFunctions
        self.moduleErrors = moduleErrors
        self.region = region
    }

    /// Ports of one kind.
    public func ports(_ kind: CXLGuestPortKind) -> [CXLGuestPort] {
        ports.filter { $0.kind == kind }
    }

    /// The endpoint of a memdev, if Linux attached it to the port hierarchy.
    public func endpoint(ofMemdev name: String) -> CXLGuestEndpoint? {
        endpoints.first { $0.memdev == name }
    }
}
