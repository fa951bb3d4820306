/// `-device`: a device model with its bus placement and properties.
///
/// Builders for common drivers are in `QEMUDevice+Builders.swift` (``virtioNet(netdev:id:mac:bus:addr:)``, ``cxlType3(memdev:bus:id:lsa:)``, …).
public struct QEMUDevice: QEMUOptionModel {
    /// `driver`: the device model, such as `virtio-net-pci` or `cxl-type3`.
    public var driver: String
    /// `id`: the device id.
    public var id: QEMUID?
    /// `bus`: the bus the device plugs into, such as `pcie.0` or `root_port13`.
    public var bus: String?
    /// `addr`: the slot and function on a PCI bus, such as `0x3` or `04.0`.
    public var addr: String?
    /// Every other property, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A device of `driver` with the given properties.
    public init(_ driver: String, id: QEMUID? = nil, bus: String? = nil, addr: String? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.driver = driver
        self.id = id
        self.bus = bus
        self.addr = addr
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["device"]

    /// Reads a `-device` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }

    /// The value of property `key` as text, if it is set.
    public subscript(property key: String) -> String? {
        get { properties.last { $0.key == key }.flatMap { QEMUSettingsReader.text(of: $0.value) } }
        set { properties = QEMUPropertySetting.set(key, newValue, in: properties) }
    }
}

extension QEMUDevice: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let driver = settings.string("driver") else { throw QEMUModelError("-device needs a driver") }
        self.init(driver, id: settings.id(), bus: settings.string("bus"), addr: settings.string("addr"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("driver", driver)
        writer.add("id", id)
        writer.add("bus", bus)
        writer.add("addr", addr)
        writer.add(properties)
    }
}
