/// `-object`: a user-creatable QOM object (memory backends, RNG backends, secrets, iothreads,
/// confidential-guest objects, …).
public struct QEMUObject: QEMUOptionModel {
    /// `qom-type`: the object type, such as `memory-backend-file`.
    public var qomType: String
    /// `id`: the object id other options refer to.
    public var id: QEMUID?
    /// `size`: the size of a memory backend.
    public var size: QEMUSize?
    /// Every other property, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// An object of `qomType`.
    public init(_ qomType: String, id: QEMUID? = nil, size: QEMUSize? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.qomType = qomType
        self.id = id
        self.size = size
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["object"]

    /// Reads an `-object` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }

    /// The value of property `key` as text, if it is set.
    public subscript(property key: String) -> String? {
        get { properties.last { $0.key == key }.flatMap { QEMUSettingsReader.text(of: $0.value) } }
        set { properties = QEMUPropertySetting.set(key, newValue, in: properties) }
    }
}

extension QEMUObject: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        guard let qomType = settings.string("qom-type") else { throw QEMUModelError("-object needs a qom-type") }
        self.init(qomType, id: settings.id(), size: settings.size("size"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("qom-type", qomType)
        writer.add("id", id)
        writer.add("size", size)
        writer.add(properties)
    }
}
