import QEMUCommand

/// §2 D: fixed memory windows.
enum CXLWindowRules {
    static let unit = CXLLimits.capacityUnit

    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for index in context.topology.windows.indices {
            result += window(index, context)
        }
        return result + addressSpace(context) + count(context) + decoders(context)
    }

    /// D14–D19, D23 for one window.
    static func window(_ index: Int, _ context: CXLCheckContext) -> [Diagnostic] {
        let window = context.topology.windows[index]
        let subject = CXLCheckContext.windowSubject(index)
        let bridges = Set(context.topology.hostBridges.map(\.id))
        var result: [Diagnostic] = []
        func add(_ severity: DiagnosticSeverity, _ message: String, _ rule: String, _ fix: String) {
            result.append(context.diagnostic(severity, message, subject: subject, rule: rule, fix: fix))
        }
        if window.targets.isEmpty {
            add(.error, "Parameter '\(subject).targets' is missing", "window-incomplete", "add \(subject).targets.0=<pxb-cxl id>")
        } else if !CXLLimits.interleaveWays.contains(window.targets.count) {
            add(.error, "Interleave ways: \(window.targets.count) not supported", "window-ways", "use 1, 2, 3, 4, 6, 8, 12 or 16 targets")
        }
        if let size = window.size {
            if size == 0 || size % unit != 0 {
                add(.error, "Size of a CXL fixed memory window must be a multiple of 256MiB (\(subject) is \(QEMUSize(bytes: size).text))",
                    "window-size", "use a multiple of 256M, such as 4G")
            } else if window.targets.count > 1, size % (unit * UInt64(window.targets.count)) != 0 {
                add(.warning, "\(subject) is \(QEMUSize(bytes: size).text), not a multiple of 256M × \(window.targets.count) ways; Linux regions need that",
                    "window-region-size", "use a multiple of \(QEMUSize(bytes: unit * UInt64(window.targets.count)).text)")
            }
        } else {
            add(.error, "Parameter '\(subject).size' is missing", "window-incomplete", "add \(subject).size=4G")
        }
        if let granularity = window.interleaveGranularity, !CXLLimits.granularities.contains(granularity) {
            add(.error, "Interleave granularity: \(granularity) invalid", "window-granularity", "use 256, 512, 1k, 2k, 4k, 8k or 16k")
        }
        for target in window.targets where !bridges.contains(target) {
            add(.error, "Could not resolve CXLFM target \(target)", "window-target-unknown", "name a pxb-cxl id (\(bridges.sorted().joined(separator: ", ")))")
        }
        for target in CXLCheckContext.duplicates(window.targets) {
            add(.warning, "\(subject) lists target \(target) more than once", "window-target-duplicate", "list each host bridge once")
        }
        if [3, 6, 12, 16].contains(window.targets.count), context.lacks(.wideInterleave) {
            add(.warning, "\(window.targets.count)-way interleave: type-3 devices advertise it only from QEMU 10.0",
                "window-ways-version", "use 1, 2, 4 or 8 targets, or QEMU 10.0 or later")
        }
        return result
    }

    /// D20: the windows fit in the guest physical address space.
    static func addressSpace(_ context: CXLCheckContext) -> [Diagnostic] {
        let machine = context.topology.machine
        let total = context.topology.windows.reduce(UInt64(0)) { $0 &+ ($1.size ?? 0) }
        guard total > 0 else { return [] }
        let bits = machine.physicalAddressBits ?? (machine.isArm && machine.cpu == "max" ? 48 : 40)
        let gib: UInt64 = 1 << 30
        let memory = machine.memory ?? 128 << 20
        let deviceMemory = (machine.maxMemory ?? memory) - min(memory, machine.maxMemory ?? memory)
        let below = 4 * gib + (memory > 2 * gib ? memory - 2 * gib : 0) + deviceMemory + UInt64(machine.memorySlots ?? 0) * gib + gib
        let (end, overflow) = below.addingReportingOverflow(total)
        guard overflow || bits < 64 && end > (UInt64(1) << UInt64(bits)) else { return [] }
        let severity: DiagnosticSeverity = machine.isArm ? .warning : .error
        let message = machine.isArm
            ? "the windows (\(QEMUSize(bytes: total).text) in all) do not fit the CPU's \(bits)-bit physical address space; QEMU silently misplaces them"
            : "the windows (\(QEMUSize(bytes: total).text) in all) end near 0x\(String(end, radix: 16)), beyond the \(bits)-bit physical address space (phys-bits too low)"
        return [context.diagnostic(
            severity, message, subject: CXLCheckContext.windowSubject(0), rule: "window-address-space",
            fix: machine.isArm ? "use -cpu max or smaller windows" : "use smaller windows or a CPU with more phys-bits (-cpu max or host-phys-bits=on)")]
    }

    /// D21, D22: some windows, but not more than QEMU's nominal maximum.
    static func count(_ context: CXLCheckContext) -> [Diagnostic] {
        let topology = context.topology
        if topology.windows.isEmpty, let bridge = topology.hostBridges.first {
            return [context.diagnostic(
                .warning, "no cxl-fmw window: Linux has no root decoder and cannot create a region", subject: bridge.id,
                rule: "window-missing", fix: "add -M cxl-fmw.0.targets.0=\(bridge.id),cxl-fmw.0.size=4G")]
        }
        guard topology.windows.count > 10 else { return [] }
        return [context.diagnostic(
            .warning, "\(topology.windows.count) windows; QEMU's CXL_WINDOW_MAX is 10", subject: CXLCheckContext.windowSubject(10),
            rule: "window-count", fix: "use at most 10 windows")]
    }

    /// F33: before QEMU 8.2 each component has one HDM decoder, so one window per host bridge is usable.
    static func decoders(_ context: CXLCheckContext) -> [Diagnostic] {
        guard context.lacks(.fourDecoders) else { return [] }
        let targets = context.topology.windows.flatMap { Array(Set($0.targets)) }
        return CXLCheckContext.duplicates(targets).map { bridge in
            context.diagnostic(
                .warning, "host bridge \(bridge) is a target of several windows, but before QEMU 8.2 it has one HDM decoder, so one region",
                subject: bridge, rule: "decoder-count", fix: "use one window per host bridge, or QEMU 8.2 or later")
        }
    }
}
