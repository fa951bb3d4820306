import QEMUCommand

/// Properties the target QEMU version does not have (QEMU rejects them: `Property '…' not found`).
enum CXLVersionRules {
    static func check(_ context: CXLCheckContext) -> [Diagnostic] {
        guard let version = context.version else { return [] }
        var result: [Diagnostic] = []
        func require(_ feature: CXLFeature, _ subject: String, _ property: String) {
            guard !feature.isAvailable(in: version) else { return }
            result.append(context.diagnostic(
                .error, "\(subject): \(property) needs QEMU \(feature.minimumVersion.shortDescription); the target is \(version.shortDescription)",
                subject: subject, rule: "version", fix: "use QEMU \(feature.minimumVersion.shortDescription) or later, or drop \(property)"))
        }
        let topology = context.topology
        if !topology.hostBridges.isEmpty { require(.cxl, "machine", "CXL (cxl=on)") }
        for bridge in topology.hostBridges where bridge.hdmForPassthrough != nil {
            require(.hdmForPassthrough, bridge.id, "hdm_for_passthrough")
        }
        for port in topology.upstreamPorts where port.serial != nil {
            require(.switchSerialNumber, port.id, "cxl-upstream sn")
        }
        for cci in topology.mailboxCCIs {
            require(.switchMailboxCCI, cci.id ?? cci.bus, "cxl-switch-mailbox-cci")
        }
        for device in topology.memoryDevices {
            if device.persistentMemdev != nil { require(.persistentVolatileMemdev, device.id, "persistent-memdev") }
            if device.volatileMemdev != nil { require(.persistentVolatileMemdev, device.id, "volatile-memdev") }
            if device.dynamicCapacityRegions != nil || device.dynamicCapacityMemdev != nil {
                require(.dynamicCapacity, device.id, "num-dc-regions/volatile-dc-memdev")
            }
            if device.serial != nil { require(.deviceSerialNumber, device.id, "sn") }
        }
        return result
    }
}
