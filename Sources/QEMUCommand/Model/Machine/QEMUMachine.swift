/// `-machine` / `-M`: the machine type and its properties.
///
/// Repeated `-machine` options are merged by ``merged(_:)`` the way QEMU merges them.
public struct QEMUMachine: QEMUOptionModel {
    /// `type`: the machine type, such as `q35`, `pc`, `virt`, `xenfv`.
    public var type: String?
    /// `accel`: accelerators to try in order (`kvm:tcg`).
    public var accelerators: [String]?
    /// `cxl`: whether the machine has CXL host bridges.
    public var cxl: QEMUBool?
    /// `cxl-fmw.N.*`: the CXL fixed memory windows.
    public var cxlFixedMemoryWindows: [QEMUCXLFixedMemoryWindow]?
    /// `smp-cache.N.*`: the cache topology entries.
    public var smpCache: [QEMUSMPCacheEntry]?
    /// `memory-backend`: the object that backs guest RAM.
    public var memoryBackend: QEMUID?
    /// `nvdimm`: whether NVDIMM support is on.
    public var nvdimm: QEMUBool?
    /// `hmat`: whether the ACPI HMAT is built.
    public var hmat: QEMUBool?
    /// `usb`: whether the machine's default USB controller is created.
    public var usb: QEMUBool?
    /// `graphics`: whether the machine has graphics.
    public var graphics: QEMUBool?
    /// `kernel-irqchip`: `on`, `off` or `split`.
    public var kernelIRQChip: String?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A machine option; every field is optional.
    public init(
        type: String? = nil, accelerators: [String]? = nil, cxl: QEMUBool? = nil,
        cxlFixedMemoryWindows: [QEMUCXLFixedMemoryWindow]? = nil, smpCache: [QEMUSMPCacheEntry]? = nil,
        memoryBackend: QEMUID? = nil, nvdimm: QEMUBool? = nil, hmat: QEMUBool? = nil, usb: QEMUBool? = nil,
        graphics: QEMUBool? = nil, kernelIRQChip: String? = nil, properties: [QEMUProperty] = [],
        form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.type = type
        self.accelerators = accelerators
        self.cxl = cxl
        self.cxlFixedMemoryWindows = cxlFixedMemoryWindows
        self.smpCache = smpCache
        self.memoryBackend = memoryBackend
        self.nvdimm = nvdimm
        self.hmat = hmat
        self.usb = usb
        self.graphics = graphics
        self.kernelIRQChip = kernelIRQChip
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["machine", "M"]

    /// Reads a `-machine` or `-M` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }

    /// The machine QEMU builds from several `-machine` options: each key's last value wins, and a
    /// list-valued key (`cxl-fmw`, `smp-cache`) comes whole from the last option that has it.
    public static func merged(_ machines: [QEMUMachine]) -> QEMUMachine? {
        guard var result = machines.first else { return nil }
        for next in machines.dropFirst() {
            result.type = next.type ?? result.type
            result.accelerators = next.accelerators ?? result.accelerators
            result.cxl = next.cxl ?? result.cxl
            result.cxlFixedMemoryWindows = next.cxlFixedMemoryWindows ?? result.cxlFixedMemoryWindows
            result.smpCache = next.smpCache ?? result.smpCache
            result.memoryBackend = next.memoryBackend ?? result.memoryBackend
            result.nvdimm = next.nvdimm ?? result.nvdimm
            result.hmat = next.hmat ?? result.hmat
            result.usb = next.usb ?? result.usb
            result.graphics = next.graphics ?? result.graphics
            result.kernelIRQChip = next.kernelIRQChip ?? result.kernelIRQChip
            result.properties = QEMUPropertyMerging.merge(result.properties, next.properties)
        }
        if machines.count > 1 { result.form = QEMUOptionForm() }
        return result
    }
}

extension QEMUMachine: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(
            type: settings.string("type"),
            accelerators: settings.string("accel").map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) },
            cxl: settings.bool("cxl"),
            cxlFixedMemoryWindows: settings.tree("cxl-fmw") { QEMUListReading.list($0, QEMUCXLFixedMemoryWindow.init(value:)) },
            smpCache: settings.tree("smp-cache") { QEMUListReading.list($0, QEMUSMPCacheEntry.init(value:)) },
            memoryBackend: settings.id("memory-backend"), nvdimm: settings.bool("nvdimm"), hmat: settings.bool("hmat"),
            usb: settings.bool("usb"), graphics: settings.bool("graphics"), kernelIRQChip: settings.string("kernel-irqchip"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add("accel", accelerators.map { $0.joined(separator: ":") })
        writer.add("cxl", cxl)
        writer.add("cxl-fmw", cxlFixedMemoryWindows.map { QEMUSettingValue.list($0.map(\.settingValue)) })
        writer.add("smp-cache", smpCache.map { QEMUSettingValue.list($0.map(\.settingValue)) })
        writer.add("memory-backend", memoryBackend)
        writer.add("nvdimm", nvdimm)
        writer.add("hmat", hmat)
        writer.add("usb", usb)
        writer.add("graphics", graphics)
        writer.add("kernel-irqchip", kernelIRQChip)
        writer.add(properties)
    }
}
