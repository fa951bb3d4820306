/// PCIe slots (root ports and downstream ports) need a unique `(chassis, slot)` pair; QEMU stops
/// with `Can't add chassis slot, error -16` otherwise (`pcie_chassis_add_slot()`; cxl.md §2 C.9).
enum QEMUPCIeSlotRules: QEMUCheckRule {
    /// Drivers that register a PCIe slot, with the `slot` default 0 and `chassis` default 0.
    private static let slotDrivers: Set<String> = [
        "pcie-root-port", "ioh3420", "xio3130-downstream", "cxl-rp", "cxl-downstream",
    ]

    static func check(_ context: QEMUCheckContext) -> [Diagnostic] {
        var taken: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for device in context.devicesInCreationOrder {
            guard let driver = context.driver(of: device), slotDrivers.contains(driver) else { continue }
            let chassis = device.value("chassis").flatMap { QEMUValueCheck.integer($0, signed: false, bits: 8) } ?? 0
            let slot = device.value("slot").flatMap { QEMUValueCheck.integer($0, signed: false, bits: 16) } ?? 0
            let key = "\(chassis)/\(slot)"
            if let other = taken[key] {
                diagnostics.append(Diagnostic(
                    .error, "Can't add chassis slot, error -16: chassis \(chassis) slot \(slot) is already used by \(other)",
                    at: device.setting("slot")?.valueRange ?? device.argumentRange, rule: "pcie.slot-duplicate",
                    fix: "give each root or downstream port its own chassis/slot pair"))
            } else {
                taken[key] = device.id.map { "'\($0)'" } ?? driver
            }
        }
        return diagnostics
    }
}
