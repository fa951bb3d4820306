/// What happened when the guest ran `cxl create-region` for a persistent region.
public struct CXLGuestRegionResult: Hashable, Sendable, Codable {
    /// The memdevs the region was requested over.
    public var memdevs: [String]
    /// The requested interleave ways.
    public var ways: Int
    /// The requested interleave granularity in bytes.
    public var granularity: Int
    /// The tool's exit status.
    public var status: Int
    /// The tool's standard output (the region's JSON on success).
    public var output: [String]
    /// The tool's standard error.
    public var errors: [String]
    /// The last kernel log lines after the attempt.
    public var kernelMessages: [String]

    /// Whether the tool created the region: it exited 0 and printed a region object (it also exits 0
    /// after "created 0 regions").
    public var succeeded: Bool { status == 0 && output.contains { $0.contains("\"region\":") } }

    /// A result from the guest's report.
    public init(memdevs: [String], ways: Int, granularity: Int, status: Int, output: [String], errors: [String], kernelMessages: [String]) {
        self.memdevs = memdevs
        self.ways = ways
        self.granularity = granularity
        self.status = status
        self.output = output
        self.errors = errors
        self.kernelMessages = kernelMessages
    }
}
