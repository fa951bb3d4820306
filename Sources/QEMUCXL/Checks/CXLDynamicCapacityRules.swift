import QEMUCommand

/// §2 E31: dynamic capacity devices.
enum CXLDynamicCapacityRules {
    static let unit = CXLLimits.capacityUnit

    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        context.topology.memoryDevices.flatMap { device($0, context) }
    }

    static func device(_ device: CXLType3Device, _ context: CXLCheckContext) -> [Diagnostic] {
        let regions = device.dynamicCapacityRegions ?? 0
        var result: [Diagnostic] = []
        func add(_ severity: DiagnosticSeverity, _ message: String, _ rule: String, _ fix: String) {
            result.append(context.diagnostic(severity, "device \(device.id): " + message, subject: device.id, rule: rule, fix: fix))
        }
        if regions > 0, device.dynamicCapacityMemdev == nil {
            add(.error, "dynamic capacity must have a backing device", "dc-backend-missing", "add volatile-dc-memdev=<memory-backend-ram id>")
        }
        if regions > CXLLimits.maximumDynamicCapacityRegions {
            add(.warning, "num-dc-regions=\(regions); QEMU holds 8 regions and writes past its array", "dc-region-count", "use 1 to 8 regions")
        }
        if regions > 0, let size = context.topology.backend(device.dynamicCapacityMemdev)?.size, size % (UInt64(regions) * unit) != 0 {
            add(.error, "backend size is not multiple of region len: \(QEMUSize(bytes: size).text) for \(regions) regions",
                "dc-size", "size the backend as a multiple of \(QEMUSize(bytes: UInt64(regions) * unit).text)")
        }
        if regions > 0 {
            let base = context.topology.backendSize(device.anyPersistentMemdev) + context.topology.backendSize(device.volatileMemdev)
            if base % unit != 0 {
                add(.error, "DC region base not aligned to 0x10000000 (static capacity is \(QEMUSize(bytes: base).text))",
                    "dc-base-alignment", "make the persistent plus volatile capacity a multiple of 256M")
            }
        }
        return result
    }
}
