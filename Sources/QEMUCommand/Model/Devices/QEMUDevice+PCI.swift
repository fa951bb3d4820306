extension QEMUDevice {
    /// `pcie-root-port`: a PCIe slot on the root complex (`pcie.0`) for one device.
    public static func pcieRootPort(
        id: QEMUID, chassis: UInt64, slot: UInt64? = nil, port: UInt64? = nil, bus: String? = "pcie.0", addr: String? = nil,
        multifunction: QEMUBool? = nil
    ) -> QEMUDevice {
        QEMUDevice("pcie-root-port", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("chassis", QEMUBuilderProperties.number(chassis)), ("slot", QEMUBuilderProperties.number(slot)),
            ("port", QEMUBuilderProperties.number(port)), ("multifunction", QEMUBuilderProperties.bool(multifunction)),
        ]))
    }

    /// `vfio-pci`: passes host PCI device `host` (`0000:01:00.0`) through to the guest.
    public static func vfioPCI(host: String, id: QEMUID? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("vfio-pci", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([("host", QEMUBuilderProperties.string(host))]))
    }
}
