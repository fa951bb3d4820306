extension QEMUDevice {
    /// `scsi-hd` for drive or block node `drive`, on a SCSI controller bus (`scsi0.0`).
    public static func scsiHD(drive: QEMUID, id: QEMUID? = nil, bus: String? = nil, bootIndex: UInt64? = nil) -> QEMUDevice {
        QEMUDevice("scsi-hd", id: id, bus: bus, properties: QEMUBuilderProperties.make([
            ("drive", QEMUBuilderProperties.id(drive)), ("bootindex", QEMUBuilderProperties.number(bootIndex)),
        ]))
    }

    /// `nvme`: an NVMe controller with its namespace on drive `drive`.
    public static func nvme(drive: QEMUID, serial: String, id: QEMUID? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("nvme", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("drive", QEMUBuilderProperties.id(drive)), ("serial", QEMUBuilderProperties.string(serial)),
        ]))
    }
}
