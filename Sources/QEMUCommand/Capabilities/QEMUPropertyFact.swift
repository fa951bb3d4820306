/// A documented fact about when a property of a QEMU type appeared: the CXL properties of the
/// project's CXL spec (`shared/spec/cxl.md` §1), and the instance properties of the PC machines
/// that `qom-list-properties` on the abstract `generic-pc-machine` does not list (hw/i386/pc.c).
/// Profiles whose transcript lacks a type's properties are completed from these facts, and checks
/// use them to explain a property that a version does not have yet.
public struct QEMUPropertyFact: Hashable, Sendable {
    /// The QOM type that has the property (a device, or a machine base type such as `generic-pc-machine`).
    public var typeName: String
    /// The property name.
    public var property: String
    /// The property type.
    public var type: QEMUValueType
    /// The first release that has it.
    public var since: QEMUVersion
    /// What to write instead on releases before ``since``, when there is an equivalent.
    public var olderReplacement: String?

    /// Creates a fact.
    public init(_ typeName: String, _ property: String, _ type: QEMUValueType, since: QEMUVersion, olderReplacement: String? = nil) {
        self.typeName = typeName
        self.property = property
        self.type = type
        self.since = since
        self.olderReplacement = olderReplacement
    }
}

extension QEMUPropertyFact {
    private static let v7_1 = QEMUVersion(7, 1)
    private static let memoryBackend = QEMUValueType.link("memory-backend")
    private static let speed = QEMUValueType.other("PCIELinkSpeed")
    private static let width = QEMUValueType.other("PCIELinkWidth")

    /// Properties every PCI device has in all supported releases.
    private static func pciProperties(_ device: String) -> [QEMUPropertyFact] {
        [
            QEMUPropertyFact(device, "addr", .integer(signed: true, bits: 32), since: QEMUVersion(2, 0)),
            QEMUPropertyFact(device, "multifunction", .bool, since: QEMUVersion(2, 0)),
            QEMUPropertyFact(device, "romfile", .string, since: QEMUVersion(2, 0)),
            QEMUPropertyFact(device, "rombar", .integer(signed: false, bits: 32), since: QEMUVersion(2, 0)),
            QEMUPropertyFact(device, "failover_pair_id", .string, since: QEMUVersion(4, 2)),
            QEMUPropertyFact(device, "acpi-index", .integer(signed: false, bits: 32), since: QEMUVersion(6, 0)),
        ]
    }

    private static func rootPortProperties(_ device: String) -> [QEMUPropertyFact] {
        [
            QEMUPropertyFact(device, "port", .integer(signed: false, bits: 8), since: v7_1),
            QEMUPropertyFact(device, "chassis", .integer(signed: false, bits: 8), since: v7_1),
            QEMUPropertyFact(device, "slot", .integer(signed: false, bits: 16), since: v7_1),
            QEMUPropertyFact(device, "hotplug", .bool, since: v7_1),
            QEMUPropertyFact(device, "x-speed", speed, since: QEMUVersion(9, 2)),
            QEMUPropertyFact(device, "x-width", width, since: QEMUVersion(9, 2)),
        ]
    }

    /// The CXL facts of `cxl.md` §1.1–1.7 and the PC machines' instance properties.
    public static let all: [QEMUPropertyFact] = {
        var facts: [QEMUPropertyFact] = [
            QEMUPropertyFact("generic-pc-machine", "pflash0", .link("pflash-cfi01"), since: QEMUVersion(4, 0)),
            QEMUPropertyFact("generic-pc-machine", "pflash1", .link("pflash-cfi01"), since: QEMUVersion(4, 0)),
            QEMUPropertyFact("generic-pc-machine", "nvdimm", .bool, since: QEMUVersion(2, 6)),
            QEMUPropertyFact("generic-pc-machine", "nvdimm-persistence", .string, since: QEMUVersion(3, 0)),
            QEMUPropertyFact("generic-pc-machine", "hmat", .bool, since: QEMUVersion(5, 0)),
            QEMUPropertyFact("generic-pc-machine", "pcspk-audiodev", .string, since: QEMUVersion(5, 1)),
            QEMUPropertyFact("generic-pc-machine", "cxl", .bool, since: v7_1),
            QEMUPropertyFact("generic-pc-machine", "cxl-fmw", .array, since: v7_1),
            QEMUPropertyFact("virt-machine", "cxl", .bool, since: QEMUVersion(10, 1)),
            QEMUPropertyFact("virt-machine", "cxl-fmw", .array, since: QEMUVersion(10, 1)),
            QEMUPropertyFact("pxb-cxl", "bus_nr", .integer(signed: false, bits: 8), since: v7_1),
            QEMUPropertyFact("pxb-cxl", "numa_node", .integer(signed: false, bits: 16), since: v7_1),
            QEMUPropertyFact("pxb-cxl", "bypass_iommu", .bool, since: v7_1),
            QEMUPropertyFact("pxb-cxl", "hdm_for_passthrough", .bool, since: QEMUVersion(8, 0)),
            QEMUPropertyFact("cxl-rp", "bus-reserve", .integer(signed: false, bits: 32), since: v7_1),
            QEMUPropertyFact("cxl-rp", "io-reserve", .size, since: v7_1),
            QEMUPropertyFact("cxl-rp", "mem-reserve", .size, since: v7_1),
            QEMUPropertyFact("cxl-rp", "pref32-reserve", .size, since: v7_1),
            QEMUPropertyFact("cxl-rp", "pref64-reserve", .size, since: v7_1),
            QEMUPropertyFact("cxl-upstream", "port", .integer(signed: false, bits: 8), since: v7_1),
            QEMUPropertyFact("cxl-upstream", "sn", .integer(signed: false, bits: 64), since: QEMUVersion(8, 2)),
            QEMUPropertyFact("cxl-upstream", "cdat", .string, since: QEMUVersion(7, 2)),
            QEMUPropertyFact("cxl-upstream", "x-speed", speed, since: QEMUVersion(9, 2)),
            QEMUPropertyFact("cxl-upstream", "x-width", width, since: QEMUVersion(9, 2)),
            QEMUPropertyFact("cxl-switch-mailbox-cci", "target", .link("cxl-upstream"), since: QEMUVersion(8, 2)),
            QEMUPropertyFact("cxl-type3", "memdev", memoryBackend, since: v7_1),
            QEMUPropertyFact("cxl-type3", "persistent-memdev", memoryBackend, since: QEMUVersion(8, 1), olderReplacement: "memdev"),
            QEMUPropertyFact("cxl-type3", "volatile-memdev", memoryBackend, since: QEMUVersion(8, 1)),
            QEMUPropertyFact("cxl-type3", "lsa", memoryBackend, since: v7_1),
            QEMUPropertyFact("cxl-type3", "sn", .integer(signed: false, bits: 64), since: QEMUVersion(7, 2)),
            QEMUPropertyFact("cxl-type3", "cdat", .string, since: QEMUVersion(7, 2)),
            QEMUPropertyFact("cxl-type3", "num-dc-regions", .integer(signed: false, bits: 8), since: QEMUVersion(9, 1)),
            QEMUPropertyFact("cxl-type3", "volatile-dc-memdev", memoryBackend, since: QEMUVersion(9, 1)),
            QEMUPropertyFact("cxl-type3", "x-speed", speed, since: QEMUVersion(9, 2)),
            QEMUPropertyFact("cxl-type3", "x-width", width, since: QEMUVersion(9, 2)),
        ]
        facts += rootPortProperties("cxl-rp") + rootPortProperties("cxl-downstream")
        for device in ["pxb-cxl", "cxl-rp", "cxl-upstream", "cxl-downstream", "cxl-switch-mailbox-cci", "cxl-type3"] {
            facts += pciProperties(device)
        }
        return facts
    }()

    /// The facts about `typeName`.
    public static func facts(about typeName: String) -> [QEMUPropertyFact] {
        all.filter { $0.typeName == typeName }
    }
}
