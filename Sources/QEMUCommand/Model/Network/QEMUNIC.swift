/// `-nic`: a network backend and its NIC in one option.
public struct QEMUNIC: QEMUOptionModel {
    /// `type`: the backend type (`user`, `tap`, `none`, …).
    public var type: String
    /// `id`: the backend id.
    public var id: QEMUID?
    /// `model`: the NIC device model, such as `virtio-net-pci` or `e1000e`.
    public var model: String?
    /// `mac`: the NIC's MAC address.
    public var mac: String?
    /// `hostfwd`: port forwards from the host (`user`).
    public var hostForwards: [QEMUHostForward]
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A NIC of `model` on a backend of `type`.
    public init(
        _ type: String, id: QEMUID? = nil, model: String? = nil, mac: String? = nil, hostForwards: [QEMUHostForward] = [],
        properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.type = type
        self.id = id
        self.model = model
        self.mac = mac
        self.hostForwards = hostForwards
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["nic"]

    /// Reads a `-nic` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUNIC: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let type = settings.string("type") else { throw QEMUModelError("-nic needs a type") }
        self.init(type, id: settings.id(), model: settings.string("model"), mac: settings.string("mac"))
        hostForwards = QEMUHostForwardReading.take(&settings)
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add("id", id)
        writer.add("model", model)
        writer.add("mac", mac)
        writer.addEach("hostfwd", hostForwards.map(\.text))
        writer.add(properties)
    }
}
