/// QEMU's `-device` alias table (`qdev_alias_table` in softmmu/qdev-monitor.c, unchanged in
/// substance from 6.2 to 10.x): short names that stand for a driver on targets whose virtio
/// transport is PCI, MMIO or CCW.
public enum QEMUDeviceAlias {
    /// How a target attaches virtio devices, which picks the driver an alias such as `virtio-net` means.
    private static func virtioSuffix(target: String) -> String {
        switch target {
        case "s390x": "-ccw"
        case "m68k": "-device"
        default: "-pci"
        }
    }

    private static let fixed: [String: String] = [
        "ac97": "AC97", "e1000-82540em": "e1000", "es1370": "ES1370", "ahci": "ich9-ahci", "lsi": "lsi53c895a",
    ]

    private static let virtio = [
        "virtio-9p", "virtio-balloon", "virtio-blk", "virtio-gpu", "virtio-gpu-gl", "virtio-input-host",
        "virtio-iommu", "virtio-keyboard", "virtio-mouse", "virtio-net", "virtio-rng", "virtio-scsi",
        "virtio-serial", "virtio-tablet",
    ]

    /// Alias → driver for a target, keeping only aliases whose driver `exists`.
    public static func aliases(target: String, exists: (String) -> Bool) -> [String: String] {
        var result: [String: String] = [:]
        let suffix = virtioSuffix(target: target)
        for (alias, driver) in fixed where exists(driver) { result[alias] = driver }
        for alias in virtio where exists(alias + suffix) { result[alias] = alias + suffix }
        return result
    }
}
