extension QEMUDevice {
    /// `pxb-cxl`: a CXL host bridge with PCI bus number `busNumber`; windows name it by `id`.
    public static func pxbCXL(id: QEMUID, busNumber: UInt64, bus: String = "pcie.0") -> QEMUDevice {
        QEMUDevice("pxb-cxl", id: id, bus: bus, properties: QEMUBuilderProperties.make([("bus_nr", QEMUBuilderProperties.number(busNumber))]))
    }

    /// `cxl-rp`: a CXL root port on host bridge `bus`.
    public static func cxlRootPort(id: QEMUID, bus: String, port: UInt64, chassis: UInt64, slot: UInt64) -> QEMUDevice {
        QEMUDevice("cxl-rp", id: id, bus: bus, properties: QEMUBuilderProperties.make([
            ("port", QEMUBuilderProperties.number(port)), ("chassis", QEMUBuilderProperties.number(chassis)), ("slot", QEMUBuilderProperties.number(slot)),
        ]))
    }

    /// `cxl-upstream`: the upstream port of a CXL switch, below root port `bus`.
    public static func cxlUpstream(
        id: QEMUID, bus: String, port: UInt64? = nil, addr: String? = nil, multifunction: QEMUBool? = nil, serialNumber: UInt64? = nil
    ) -> QEMUDevice {
        QEMUDevice("cxl-upstream", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("port", QEMUBuilderProperties.number(port)), ("multifunction", QEMUBuilderProperties.bool(multifunction)),
            ("sn", QEMUBuilderProperties.number(serialNumber)),
        ]))
    }

    /// `cxl-downstream`: a downstream port of the switch whose upstream port is `bus`.
    public static func cxlDownstream(id: QEMUID, bus: String, port: UInt64, chassis: UInt64, slot: UInt64) -> QEMUDevice {
        QEMUDevice("cxl-downstream", id: id, bus: bus, properties: QEMUBuilderProperties.make([
            ("port", QEMUBuilderProperties.number(port)), ("chassis", QEMUBuilderProperties.number(chassis)), ("slot", QEMUBuilderProperties.number(slot)),
        ]))
    }

    /// `cxl-switch-mailbox-cci`: the switch CCI, function 1 of the upstream port's slot (QEMU ≥ 8.2).
    public static func cxlSwitchMailboxCCI(target: QEMUID, bus: String, addr: String, id: QEMUID? = nil) -> QEMUDevice {
        QEMUDevice("cxl-switch-mailbox-cci", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([("target", QEMUBuilderProperties.id(target))]))
    }

    /// `cxl-type3`: a CXL memory expander on port `bus`.
    ///
    /// QEMU 7.2 has only `memdev` (persistent); `persistentMemdev` and `volatileMemdev` need QEMU ≥ 8.1.
    public static func cxlType3(
        id: QEMUID, bus: String, memdev: QEMUID? = nil, persistentMemdev: QEMUID? = nil, volatileMemdev: QEMUID? = nil,
        lsa: QEMUID? = nil, serialNumber: UInt64? = nil
    ) -> QEMUDevice {
        QEMUDevice("cxl-type3", id: id, bus: bus, properties: QEMUBuilderProperties.make([
            ("memdev", QEMUBuilderProperties.id(memdev)), ("persistent-memdev", QEMUBuilderProperties.id(persistentMemdev)),
            ("volatile-memdev", QEMUBuilderProperties.id(volatileMemdev)), ("lsa", QEMUBuilderProperties.id(lsa)),
            ("sn", QEMUBuilderProperties.number(serialNumber)),
        ]))
    }
}
