/// A whole CXL topology: machine settings, backends, the device hierarchy and fixed memory windows.
///
/// Devices are kept flat, as on a command line; each names its parent with `bus`. ``emit(for:)``
/// turns the topology into QEMU arguments for a target version.
public struct CXLTopology: Hashable, Sendable, Codable {
    /// Machine-wide settings.
    public var machine: CXLMachine
    /// Memory backends (`-object memory-backend-*`).
    public var backends: [CXLMemoryBackend]
    /// Host bridges (`pxb-cxl`).
    public var hostBridges: [CXLHostBridge]
    /// Root ports (`cxl-rp`).
    public var rootPorts: [CXLRootPort]
    /// Switch upstream ports (`cxl-upstream`).
    public var upstreamPorts: [CXLUpstreamPort]
    /// Switch downstream ports (`cxl-downstream`).
    public var downstreamPorts: [CXLDownstreamPort]
    /// Switch mailbox CCIs (`cxl-switch-mailbox-cci`).
    public var mailboxCCIs: [CXLSwitchMailboxCCI]
    /// Type-3 memory devices (`cxl-type3`).
    public var memoryDevices: [CXLType3Device]
    /// Fixed memory windows (`cxl-fmw.N`).
    public var windows: [CXLFixedMemoryWindow]

    /// Creates a topology.
    public init(
        machine: CXLMachine = CXLMachine(), backends: [CXLMemoryBackend] = [], hostBridges: [CXLHostBridge] = [],
        rootPorts: [CXLRootPort] = [], upstreamPorts: [CXLUpstreamPort] = [], downstreamPorts: [CXLDownstreamPort] = [],
        mailboxCCIs: [CXLSwitchMailboxCCI] = [], memoryDevices: [CXLType3Device] = [], windows: [CXLFixedMemoryWindow] = []
    ) {
        self.machine = machine
        self.backends = backends
        self.hostBridges = hostBridges
        self.rootPorts = rootPorts
        self.upstreamPorts = upstreamPorts
        self.downstreamPorts = downstreamPorts
        self.mailboxCCIs = mailboxCCIs
        self.memoryDevices = memoryDevices
        self.windows = windows
    }

    /// The backend with `id`.
    public func backend(_ id: String?) -> CXLMemoryBackend? {
        guard let id else { return nil }
        return backends.first { $0.id == id }
    }

    /// The size in bytes of the backend with `id`, or 0 when it is unknown.
    public func backendSize(_ id: String?) -> UInt64 {
        backend(id)?.size ?? 0
    }

    /// The kind of every component, by id.
    public var componentKinds: [String: CXLComponentKind] {
        var kinds: [String: CXLComponentKind] = [:]
        for bridge in hostBridges { kinds[bridge.id] = .hostBridge }
        for port in rootPorts { kinds[port.id] = .rootPort }
        for port in upstreamPorts { kinds[port.id] = .upstreamPort }
        for port in downstreamPorts { kinds[port.id] = .downstreamPort }
        for device in memoryDevices { kinds[device.id] = .memoryDevice }
        return kinds
    }
}
