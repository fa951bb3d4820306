/// The machine-wide settings a CXL topology needs: `-machine q35,cxl=on -m 4G,maxmem=8G,slots=8`.
public struct CXLMachine: Hashable, Sendable, Codable {
    /// The machine type: `q35` (x86) or `virt` (arm, QEMU 10.1+).
    public var type: String
    /// `cxl=on`.
    public var isCXLEnabled: Bool
    /// `-m` size in bytes, when given.
    public var memory: UInt64?
    /// `-m maxmem=` in bytes, when given.
    public var maxMemory: UInt64?
    /// `-m slots=`, when given.
    public var memorySlots: Int?
    /// How many `-numa node` options the command line has.
    public var numaNodeCount: Int
    /// The `-cpu` model, when given (`max` on arm gives the widest physical address space).
    public var cpu: String?
    /// The accelerator (`kvm`, `tcg`), when given.
    public var accelerator: String?
    /// The CPU's physical address bits, when the command line sets `phys-bits`.
    public var physicalAddressBits: Int?

    /// Creates machine settings.
    public init(
        type: String = "q35", isCXLEnabled: Bool = true, memory: UInt64? = nil, maxMemory: UInt64? = nil,
        memorySlots: Int? = nil, numaNodeCount: Int = 0, cpu: String? = nil, accelerator: String? = nil,
        physicalAddressBits: Int? = nil
    ) {
        self.type = type
        self.isCXLEnabled = isCXLEnabled
        self.memory = memory
        self.maxMemory = maxMemory
        self.memorySlots = memorySlots
        self.numaNodeCount = numaNodeCount
        self.cpu = cpu
        self.accelerator = accelerator
        self.physicalAddressBits = physicalAddressBits
    }

    /// Whether this is an arm machine (`virt`).
    public var isArm: Bool { type.hasPrefix("virt") }

    /// The QEMU binary that runs this machine.
    public var program: String { isArm ? "qemu-system-aarch64" : "qemu-system-x86_64" }
}
