/// `-m`: the initial guest RAM size and the hotplug limits.
public struct QEMUMemory: QEMUOptionModel {
    /// `size`: initial RAM (a number without suffix is MiB, as `-m` reads it).
    public var size: QEMUSize?
    /// `slots`: memory hotplug slots.
    public var slots: UInt64?
    /// `maxmem`: the most RAM the guest can have with hotplugged memory.
    public var maxSize: QEMUSize?
    /// Every other key, in the order written.
    public var properties: [QEMUProperty]
    /// How the option is written.
    public var form: QEMUOptionForm

    /// A memory option.
    public init(size: QEMUSize? = nil, slots: UInt64? = nil, maxSize: QEMUSize? = nil, properties: [QEMUProperty] = [], form: QEMUOptionForm = QEMUOptionForm()) {
        self.size = size
        self.slots = slots
        self.maxSize = maxSize
        self.properties = properties
        self.form = form
    }

    /// The option names this family reads, without dashes.
    public static let optionNames = ["m"]

    /// Reads a `-m` option.
    public init(reading option: QEMUOption) throws(QEMUModelError) { self = try Self.read(option) }

    /// The option, as written when unchanged.
    public var option: QEMUOption { printedOption }

    /// The memory QEMU uses from several `-m` options: the options merge and each key's last value wins.
    public static func merged(_ options: [QEMUMemory]) -> QEMUMemory? {
        guard var result = options.first else { return nil }
        for next in options.dropFirst() {
            result.size = next.size ?? result.size
            result.slots = next.slots ?? result.slots
            result.maxSize = next.maxSize ?? result.maxSize
            result.properties = QEMUPropertyMerging.merge(result.properties, next.properties)
        }
        if options.count > 1 { result.form = QEMUOptionForm() }
        return result
    }
}

extension QEMUMemory: QEMUKeyedOption {
    init(settings: inout QEMUSettingsReader) throws(QEMUModelError) {
        self.init(size: settings.memorySize("size"), slots: settings.unsigned("slots"), maxSize: settings.size("maxmem"))
        properties = settings.remaining
    }

    func write(to writer: inout QEMUSettingsWriter) {
        writer.add("size", size?.memoryText)
        writer.add("slots", slots)
        writer.add("maxmem", maxSize)
        writer.add(properties)
    }
}
