/// `-smp`: the virtual CPU count and topology.
public struct QEMUSMP: QEMUOptionModel {
    /// `cpus`: CPUs present at start.
    public var cpus: UInt64?
    /// `maxcpus`: the most CPUs, with hotplug.
    public var maxCPUs: UInt64?
    /// `sockets`.
    public var sockets: UInt64?
    /// `dies`.
    public var dies: UInt64?
    /// `clusters`.
    public var clusters: UInt64?
    /// `cores`: cores per socket (or cluster, or die).
    public var cores: UInt64?
    /// `threads`: threads per core.
    public var threads: UInt64?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A topology; unset counts are computed by QEMU.
    public init(
        cpus: UInt64? = nil, maxCPUs: UInt64? = nil, sockets: UInt64? = nil, dies: UInt64? = nil, clusters: UInt64? = nil,
        cores: UInt64? = nil, threads: UInt64? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.cpus = cpus
        self.maxCPUs = maxCPUs
        self.sockets = sockets
        self.dies = dies
        self.clusters = clusters
        self.cores = cores
        self.threads = threads
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["smp"]

    /// Reads an `-smp` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUSMP: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(
            cpus: settings.unsigned("cpus"), maxCPUs: settings.unsigned("maxcpus"), sockets: settings.unsigned("sockets"),
            dies: settings.unsigned("dies"), clusters: settings.unsigned("clusters"), cores: settings.unsigned("cores"),
            threads: settings.unsigned("threads"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("cpus", cpus)
        writer.add("maxcpus", maxCPUs)
        writer.add("sockets", sockets)
        writer.add("dies", dies)
        writer.add("clusters", clusters)
        writer.add("cores", cores)
        writer.add("threads", threads)
        writer.add(properties)
    }
}
