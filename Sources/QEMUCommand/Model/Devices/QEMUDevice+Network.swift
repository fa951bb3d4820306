extension QEMUDevice {
    /// `e1000` (82540EM) on network backend `netdev`.
    public static func e1000(netdev: QEMUID, id: QEMUID? = nil, mac: String? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("e1000", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("netdev", QEMUBuilderProperties.id(netdev)), ("mac", QEMUBuilderProperties.string(mac)),
        ]))
    }

    /// `e1000e` (82574L, PCIe) on network backend `netdev`.
    public static func e1000e(netdev: QEMUID, id: QEMUID? = nil, mac: String? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("e1000e", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("netdev", QEMUBuilderProperties.id(netdev)), ("mac", QEMUBuilderProperties.string(mac)),
        ]))
    }
}
