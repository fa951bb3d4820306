extension QEMUDevice {
    /// `qemu-xhci`: a USB 3 controller.
    public static func qemuXHCI(id: QEMUID, bus: String? = nil, addr: String? = nil) -> QEMUDevice {
        QEMUDevice("qemu-xhci", id: id, bus: bus, addr: addr)
    }

    /// `usb-tablet`: an absolute pointer on a USB bus (`usb.0`).
    public static func usbTablet(id: QEMUID? = nil, bus: String? = nil) -> QEMUDevice {
        QEMUDevice("usb-tablet", id: id, bus: bus)
    }

    /// `usb-kbd`: a USB keyboard.
    public static func usbKeyboard(id: QEMUID? = nil, bus: String? = nil) -> QEMUDevice {
        QEMUDevice("usb-kbd", id: id, bus: bus)
    }

    /// `usb-storage`: a USB mass-storage device for drive `drive`.
    public static func usbStorage(drive: QEMUID, id: QEMUID? = nil, bus: String? = nil) -> QEMUDevice {
        QEMUDevice("usb-storage", id: id, bus: bus, properties: QEMUBuilderProperties.make([("drive", QEMUBuilderProperties.id(drive))]))
    }
}
