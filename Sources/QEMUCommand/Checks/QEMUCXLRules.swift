/// CXL constraints QEMU enforces at startup (`shared/spec/cxl.md` §2 A, B, D, E): `cxl=on` when CXL
/// is used, `pxb-cxl` on a PCIe root bus with a unique `bus_nr`, complete and valid fixed memory
/// windows whose targets are `pxb-cxl` ids, and the memory properties a Type 3 device needs.
enum QEMUCXLRules: QEMUCheckRule {
    /// One `cxl-fmw` element, after QEMU appends the lists of every `-machine`.
    struct Window {
        /// The position QEMU gives it.
        var index: Int
        /// Its settings, keys relative to the window (`size`, `targets.0`).
        var settings: [(key: String, setting: QEMUCheckSetting)]
    }

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        enablement(context) + hostBridges(context) + windows(context).flatMap { window($0, context) } + type3(context)
    }

    private static func isOn(_ value: String?) -> Bool { ["on", "yes", "true", "y"].contains(value ?? "") }

    private static func enablement(_ context: QEMUCheckContext) -> [Diagnostic] {
        guard !isOn(context.machineValue("cxl")) else { return [] }
        let bridge = context.options(in: "device").first { context.driver(of: $0) == "pxb-cxl" }
        let window = context.machineSettings.first { $0.key.hasPrefix("cxl-fmw.") }
        guard let range = bridge?.argumentRange ?? window?.range else { return [] }
        return [Diagnostic(.error, "CXL host bridges or windows present, but cxl=off", at: range, rule: "cxl.disabled", fix: "add cxl=on to -machine")]
    }

    private static func hostBridges(_ context: QEMUCheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var busNumbers: [Int64: String] = [:]
        for device in context.devicesInCreationOrder {
            guard let driver = context.driver(of: device), driver.hasPrefix("pxb") else { continue }
            if driver == "pxb-cxl", context.machine != nil, !context.isQ35 {
                diagnostics.append(Diagnostic(.error, "pxb-cxl devices cannot reside on a PCI bus: the machine has no PCIe root bus", at: device.argumentRange, rule: "cxl.needs-q35", fix: "use -machine q35,cxl=on"))
            }
            let number = device.value("bus_nr").flatMap { QEMUValueCheck.integer($0, signed: false, bits: 8) } ?? 0
            if busNumbers[number] != nil {
                diagnostics.append(Diagnostic(.error, "Bus \(number) is already in use", at: device.setting("bus_nr")?.valueRange ?? device.argumentRange, rule: "cxl.bus-nr-duplicate", fix: "give each expander bridge its own bus_nr"))
            }
            busNumbers[number] = device.id ?? driver
        }
        return diagnostics
    }

    /// The windows QEMU builds: each `-machine`'s `cxl-fmw` list, appended in order.
    static func windows(_ context: QEMUCheckContext) -> [Window] {
        var windows: [Window] = []
        for option in context.options(in: "machine") {
            var local: [Int: Window] = [:]
            for setting in option.settings where setting.key.hasPrefix("cxl-fmw.") {
                let parts = setting.key.split(separator: ".", maxSplits: 2).map(String.init)
                guard parts.count == 3, let index = Int(parts[1]) else { continue }
                local[index, default: Window(index: 0, settings: [])].settings.append((parts[2], setting))
            }
            for key in local.keys.sorted() {
                guard var window = local[key] else { continue }
                window.index = windows.count
                windows.append(window)
            }
        }
        return windows
    }

    private static let granularities: Set<UInt64> = [256, 512, 1024, 2048, 4096, 8192, 16384]
    private static let ways: Set<Int> = [1, 2, 4, 8, 16, 3, 6, 12]

    private static func window(_ window: Window, _ context: QEMUCheckContext) -> [Diagnostic] {
        let name = "cxl-fmw.\(window.index)"
        guard let anchor = window.settings.first?.setting.range else { return [] }
        var diagnostics: [Diagnostic] = []
        let version = context.profile.version
        for (key, setting) in window.settings where !["size", "interleave-granularity"].contains(key) && !key.hasPrefix("targets.") {
            diagnostics.append(Diagnostic(.error, "Parameter '\(name).\(key)' is unexpected", at: setting.range, rule: "cxl.window-key")
                .suggesting(key, among: ["size", "interleave-granularity", "targets"]))
        }
        if let size = window.settings.last(where: { $0.key == "size" })?.setting {
            if let bytes = QEMUValueCheck.size(size.value, version: version) {
                if bytes % (256 << 20) != 0 {
                    diagnostics.append(Diagnostic(.error, "Size of a CXL fixed memory window must be a multiple of 256MiB", at: size.valueRange, rule: "cxl.window-size", fix: "round \(name).size to a multiple of 256M"))
                }
            } else {
                diagnostics.append(Diagnostic(.error, "parameter '\(name).size' expects a size, not '\(size.value)'", at: size.valueRange, rule: "value.size"))
            }
        } else {
            diagnostics.append(Diagnostic(.error, "Parameter '\(name).size' is missing", at: anchor, rule: "cxl.window-incomplete", fix: "add \(name).size=SIZE in the same -machine option"))
        }
        if let granularity = window.settings.last(where: { $0.key == "interleave-granularity" })?.setting {
            let bytes = QEMUValueCheck.size(granularity.value, version: version)
            if bytes.map({ !granularities.contains($0) }) ?? true {
                diagnostics.append(Diagnostic(.error, "Interleave granularity: \(granularity.value) invalid", at: granularity.valueRange, rule: "cxl.window-granularity", fix: "use 256, 512, 1k, 2k, 4k, 8k or 16k"))
            }
        }
        let targets = window.settings.filter { $0.key.hasPrefix("targets.") }.map(\.setting)
        if targets.isEmpty {
            diagnostics.append(Diagnostic(.error, "Parameter '\(name).targets' is missing", at: anchor, rule: "cxl.window-incomplete", fix: "add \(name).targets.0=<pxb-cxl id> in the same -machine option"))
        } else if !ways.contains(targets.count) {
            diagnostics.append(Diagnostic(.error, "Interleave ways: \(targets.count) not supported", at: targets[0].range, rule: "cxl.window-ways", fix: "use 1, 2, 3, 4, 6, 8, 12 or 16 targets"))
        }
        let bridges = context.options(in: "device").filter { context.driver(of: $0) == "pxb-cxl" }.compactMap(\.id)
        for target in targets where !bridges.contains(target.value) {
            diagnostics.append(Diagnostic(.error, "Could not resolve CXLFM target \(target.value): no pxb-cxl has that id", at: target.valueRange, rule: "ref.dangling")
                .suggesting(target.value, among: bridges))
        }
        return diagnostics
    }

    private static func type3(_ context: QEMUCheckContext) -> [Diagnostic] {
        let version = context.profile.version
        let modern = version >= QEMUVersion(8, 1)
        var backendUsers: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for device in context.devicesInCreationOrder where context.driver(of: device) == "cxl-type3" {
            let memdev = device.setting("memdev")
            let persistent = modern ? device.setting("persistent-memdev") : nil
            let volatile = modern ? device.setting("volatile-memdev") : nil
            let dynamic = version >= QEMUVersion(9, 1) ? device.setting("num-dc-regions") : nil
            if memdev == nil && persistent == nil && volatile == nil && dynamic == nil {
                let message = modern ? "at least one memdev property must be set" : "memdev property must be set"
                diagnostics.append(Diagnostic(.error, "cxl-type3: \(message)", at: device.argumentRange, rule: "cxl.type3-memory", fix: modern ? "add persistent-memdev=ID or volatile-memdev=ID" : "add memdev=ID naming a memory backend"))
            }
            if memdev != nil, let persistent {
                diagnostics.append(Diagnostic(.error, "cxl-type3: [memdev] cannot be used with new [persistent-memdev] property", at: persistent.range, rule: "cxl.type3-memory", fix: "keep only persistent-memdev="))
            } else if let memdev, version >= QEMUVersion(8, 0) {
                diagnostics.append(Diagnostic(.warning, "cxl-type3 memdev= is deprecated since QEMU 8.0", at: memdev.range, rule: "device.deprecated-property", fix: "use persistent-memdev=\(memdev.value)"))
            }
            if memdev != nil || persistent != nil, device.setting("lsa") == nil {
                diagnostics.append(Diagnostic(.error, modern ? "cxl-type3: lsa property must be set for persistent devices" : "cxl-type3: lsa property must be set", at: device.argumentRange, rule: "cxl.type3-lsa", fix: "add lsa=ID naming a memory backend for the label storage area"))
            }
            guard version >= QEMUVersion(9, 1) else { continue }
            for setting in [memdev, persistent, volatile].compactMap({ $0 }) {
                if backendUsers[setting.value] != nil {
                    diagnostics.append(Diagnostic(.error, "memory backend \(setting.value) can't be used multiple times.", at: setting.valueRange, rule: "cxl.backend-reused", fix: "give each device its own memory backend"))
                }
                backendUsers[setting.value] = device.id ?? "cxl-type3"
            }
        }
        return diagnostics
    }
}
