/// `-netdev`: a network backend (`user`, `tap`, `bridge`, `socket`, `stream`, `dgram`,
/// `vhost-user`, `hubport`, …) that a NIC connects to by id.
public struct QEMUNetdev: QEMUOptionModel {
    /// `type`: the backend type.
    public var type: String
    /// `id`: the id NICs refer to with `netdev=`.
    public var id: QEMUID?
    /// `hostfwd`: port forwards from the host (`user`).
    public var hostForwards: [QEMUHostForward]
    /// `guestfwd`: forwards from the guest to host services (`user`).
    public var guestForwards: [String]
    /// `restrict`: whether the guest is isolated from the host network (`user`).
    public var restrict: QEMUBool?
    /// `ifname`: the host interface (`tap`).
    public var interfaceName: String?
    /// `script`: the interface setup script (`tap`).
    public var script: String?
    /// `downscript`: the interface teardown script (`tap`).
    public var downscript: String?
    /// `br`: the host bridge (`bridge`, `tap`).
    public var bridge: String?
    /// `chardev`: the vhost-user socket chardev (`vhost-user`).
    public var chardev: QEMUID?
    /// `hubid`: the hub (`hubport`).
    public var hubID: UInt64?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A backend of `type` named `id`.
    public init(
        _ type: String, id: QEMUID?, hostForwards: [QEMUHostForward] = [], guestForwards: [String] = [], restrict: QEMUBool? = nil,
        interfaceName: String? = nil, script: String? = nil, downscript: String? = nil, bridge: String? = nil,
        chardev: QEMUID? = nil, hubID: UInt64? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.type = type
        self.id = id
        self.hostForwards = hostForwards
        self.guestForwards = guestForwards
        self.restrict = restrict
        self.interfaceName = interfaceName
        self.script = script
        self.downscript = downscript
        self.bridge = bridge
        self.chardev = chardev
        self.hubID = hubID
        self.properties = properties
        self.form = form
    }

    /// User-mode networking with port forwards.
    public static func user(id: QEMUID, hostForwards: [QEMUHostForward] = [], restrict: QEMUBool? = nil) -> QEMUNetdev {
        QEMUNetdev("user", id: id, hostForwards: hostForwards, restrict: restrict)
    }

    /// A tap interface.
    public static func tap(id: QEMUID, interfaceName: String? = nil, script: String? = nil, downscript: String? = nil) -> QEMUNetdev {
        QEMUNetdev("tap", id: id, interfaceName: interfaceName, script: script, downscript: downscript)
    }

    /// A tap interface on a host bridge, set up by the bridge helper.
    public static func bridge(id: QEMUID, bridge: String) -> QEMUNetdev {
        QEMUNetdev("bridge", id: id, bridge: bridge)
    }

    /// A vhost-user backend on a socket chardev.
    public static func vhostUser(id: QEMUID, chardev: QEMUID) -> QEMUNetdev {
        QEMUNetdev("vhost-user", id: id, chardev: chardev)
    }

    /// A port on hub `hubID`.
    public static func hubport(id: QEMUID, hubID: UInt64) -> QEMUNetdev {
        QEMUNetdev("hubport", id: id, hubID: hubID)
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["netdev"]

    /// Reads a `-netdev` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUNetdev: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let type = settings.string("type") else { throw QEMUModelError("-netdev needs a type") }
        self.init(type, id: settings.id())
        hostForwards = QEMUHostForwardReading.take(&settings)
        guestForwards = settings.takeAll("guestfwd")
        restrict = settings.bool("restrict")
        interfaceName = settings.string("ifname")
        script = settings.string("script")
        downscript = settings.string("downscript")
        bridge = settings.string("br")
        chardev = settings.id("chardev")
        hubID = settings.unsigned("hubid")
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("type", type)
        writer.add("id", id)
        writer.addEach("hostfwd", hostForwards.map(\.text))
        writer.addEach("guestfwd", guestForwards)
        writer.add("restrict", restrict)
        writer.add("ifname", interfaceName)
        writer.add("script", script)
        writer.add("downscript", downscript)
        writer.add("br", bridge)
        writer.add("chardev", chardev)
        writer.add("hubid", hubID)
        writer.add(properties)
    }
}
