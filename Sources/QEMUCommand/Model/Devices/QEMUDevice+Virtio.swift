extension QEMUDevice {
    /// `virtio-net-pci` on network backend `netdev`.
    public static func virtioNet(netdev: QEMUID, id: QEMUID? = nil, mac: String? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-net-pci", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("netdev", QEMUBuilderProperties.id(netdev)), ("mac", QEMUBuilderProperties.string(mac)),
        ]))
    }

    /// `virtio-blk-pci` for drive or block node `drive`.
    public static func virtioBlock(drive: QEMUID, id: QEMUID? = nil, bootIndex: UInt64? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-blk-pci", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([
            ("drive", QEMUBuilderProperties.id(drive)), ("bootindex", QEMUBuilderProperties.number(bootIndex)),
        ]))
    }

    /// `virtio-scsi-pci`: a SCSI controller for `scsi-hd` disks.
    public static func virtioSCSI(id: QEMUID, iothread: QEMUID? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-scsi-pci", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([("iothread", QEMUBuilderProperties.id(iothread))]))
    }

    /// `virtio-rng-pci`, fed by RNG backend object `rng` (QEMU's default backend when `nil`).
    public static func virtioRNG(rng: QEMUID? = nil, id: QEMUID? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-rng-pci", id: id, bus: bus, addr: addr, properties: QEMUBuilderProperties.make([("rng", QEMUBuilderProperties.id(rng))]))
    }

    /// `virtio-serial-pci`: a bus for `virtconsole` and `virtserialport` devices.
    public static func virtioSerial(id: QEMUID, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-serial-pci", id: id, bus: bus, addr: addr)
    }

    /// `virtio-balloon-pci`.
    public static func virtioBalloon(id: QEMUID? = nil, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-balloon-pci", id: id, bus: bus, addr: addr)
    }

    /// `virtconsole` on chardev `chardev`, on a `virtio-serial` bus (`vser0.0`).
    public static func virtconsole(chardev: QEMUID, id: QEMUID? = nil, bus: String? = nil) -> QEMUDevice {
        QEMUDevice("virtconsole", id: id, bus: bus, properties: QEMUBuilderProperties.make([("chardev", QEMUBuilderProperties.id(chardev))]))
    }

    /// `virtio-9p-pci` exporting fsdev `fsdev` under `mountTag`.
    public static func virtio9P(fsdev: QEMUID, mountTag: String, id: QEMUID? = nil, bus: String? = nil) -> QEMUDevice {
        QEMUDevice("virtio-9p-pci", id: id, bus: bus, properties: QEMUBuilderProperties.make([
            ("fsdev", QEMUBuilderProperties.id(fsdev)), ("mount_tag", QEMUBuilderProperties.string(mountTag)),
        ]))
    }
}
