/// `-drive`: a block backend with its front-end in one option (legacy, still common).
public struct QEMUDrive: QEMUOptionModel {
    /// `file`: the image file or URL.
    public var file: String?
    /// `format`: the image format, such as `qcow2` or `raw`.
    public var format: String?
    /// `if`: the interface (`none`, `ide`, `virtio`, `scsi`, `pflash`, …).
    public var interface: String?
    /// `id`: the drive id devices refer to with `drive=`.
    public var id: QEMUID?
    /// `media`: `disk` or `cdrom`.
    public var media: String?
    /// `index`: the unit index on the interface.
    public var index: UInt64?
    /// `cache`: the cache mode.
    public var cache: String?
    /// `readonly`: whether the guest cannot write.
    public var readOnly: QEMUBool?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A drive.
    public init(
        file: String? = nil, format: String? = nil, interface: String? = nil, id: QEMUID? = nil, media: String? = nil,
        index: UInt64? = nil, cache: String? = nil, readOnly: QEMUBool? = nil, properties: [QEMUProperty] = [],
        form: QEMUOptionForm = QEMUOptionForm()
    ) {
        self.file = file
        self.format = format
        self.interface = interface
        self.id = id
        self.media = media
        self.index = index
        self.cache = cache
        self.readOnly = readOnly
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["drive"]

    /// Reads a `-drive` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }
}

extension QEMUDrive: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(
            file: settings.string("file"), format: settings.string("format"), interface: settings.string("if"), id: settings.id(),
            media: settings.string("media"), index: settings.unsigned("index"), cache: settings.string("cache"),
            readOnly: settings.bool("readonly"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("file", file)
        writer.add("format", format)
        writer.add("if", interface)
        writer.add("id", id)
        writer.add("media", media)
        writer.add("index", index)
        writer.add("cache", cache)
        writer.add("readonly", readOnly)
        writer.add(properties)
    }
}
