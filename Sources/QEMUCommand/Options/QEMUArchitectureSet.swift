/// A set of QEMU target architectures, as in the `arch_mask` of a `qemu-options.hx` `DEF`.
///
/// Bits follow QEMU's `QEMU_ARCH_*` constants; ``all`` is `QEMU_ARCH_ALL`. The set is encoded as
/// an array of those names, such as `["QEMU_ARCH_I386", "QEMU_ARCH_ARM"]`.
public struct QEMUArchitectureSet: OptionSet, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The `QEMU_ARCH_*` bits.
    public let rawValue: UInt32

    /// Creates a set from `QEMU_ARCH_*` bits.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// `QEMU_ARCH_ALPHA`.
    public static let alpha = QEMUArchitectureSet(rawValue: 1 << 0)
    /// `QEMU_ARCH_ARM` (qemu-system-arm and qemu-system-aarch64).
    public static let arm = QEMUArchitectureSet(rawValue: 1 << 1)
    /// `QEMU_ARCH_CRIS`.
    public static let cris = QEMUArchitectureSet(rawValue: 1 << 2)
    /// `QEMU_ARCH_I386` (qemu-system-i386 and qemu-system-x86_64).
    public static let i386 = QEMUArchitectureSet(rawValue: 1 << 3)
    /// `QEMU_ARCH_M68K`.
    public static let m68k = QEMUArchitectureSet(rawValue: 1 << 4)
    /// `QEMU_ARCH_MICROBLAZE`.
    public static let microblaze = QEMUArchitectureSet(rawValue: 1 << 6)
    /// `QEMU_ARCH_MIPS`.
    public static let mips = QEMUArchitectureSet(rawValue: 1 << 7)
    /// `QEMU_ARCH_PPC`.
    public static let ppc = QEMUArchitectureSet(rawValue: 1 << 8)
    /// `QEMU_ARCH_S390X`.
    public static let s390x = QEMUArchitectureSet(rawValue: 1 << 9)
    /// `QEMU_ARCH_SH4`.
    public static let sh4 = QEMUArchitectureSet(rawValue: 1 << 10)
    /// `QEMU_ARCH_SPARC`.
    public static let sparc = QEMUArchitectureSet(rawValue: 1 << 11)
    /// `QEMU_ARCH_XTENSA`.
    public static let xtensa = QEMUArchitectureSet(rawValue: 1 << 12)
    /// `QEMU_ARCH_OPENRISC`.
    public static let openrisc = QEMUArchitectureSet(rawValue: 1 << 13)
    /// `QEMU_ARCH_TRICORE`.
    public static let tricore = QEMUArchitectureSet(rawValue: 1 << 16)
    /// `QEMU_ARCH_NIOS2`.
    public static let nios2 = QEMUArchitectureSet(rawValue: 1 << 17)
    /// `QEMU_ARCH_HPPA`.
    public static let hppa = QEMUArchitectureSet(rawValue: 1 << 18)
    /// `QEMU_ARCH_RISCV`.
    public static let riscv = QEMUArchitectureSet(rawValue: 1 << 19)
    /// `QEMU_ARCH_RX`.
    public static let rx = QEMUArchitectureSet(rawValue: 1 << 20)
    /// `QEMU_ARCH_AVR`.
    public static let avr = QEMUArchitectureSet(rawValue: 1 << 21)
    /// `QEMU_ARCH_HEXAGON`.
    public static let hexagon = QEMUArchitectureSet(rawValue: 1 << 22)
    /// `QEMU_ARCH_LOONGARCH`.
    public static let loongarch = QEMUArchitectureSet(rawValue: 1 << 23)
    /// `QEMU_ARCH_ALL`: every target.
    public static let all = QEMUArchitectureSet(rawValue: UInt32.max)

    /// Each single architecture with its `QEMU_ARCH_*` name, in bit order.
    public static let named: [(name: String, architecture: QEMUArchitectureSet)] = [
        ("QEMU_ARCH_ALPHA", .alpha), ("QEMU_ARCH_ARM", .arm), ("QEMU_ARCH_CRIS", .cris),
        ("QEMU_ARCH_I386", .i386), ("QEMU_ARCH_M68K", .m68k), ("QEMU_ARCH_MICROBLAZE", .microblaze),
        ("QEMU_ARCH_MIPS", .mips), ("QEMU_ARCH_PPC", .ppc), ("QEMU_ARCH_S390X", .s390x),
        ("QEMU_ARCH_SH4", .sh4), ("QEMU_ARCH_SPARC", .sparc), ("QEMU_ARCH_XTENSA", .xtensa),
        ("QEMU_ARCH_OPENRISC", .openrisc), ("QEMU_ARCH_TRICORE", .tricore), ("QEMU_ARCH_NIOS2", .nios2),
        ("QEMU_ARCH_HPPA", .hppa), ("QEMU_ARCH_RISCV", .riscv), ("QEMU_ARCH_RX", .rx),
        ("QEMU_ARCH_AVR", .avr), ("QEMU_ARCH_HEXAGON", .hexagon), ("QEMU_ARCH_LOONGARCH", .loongarch),
    ]

    /// The architecture of a `qemu-system-<target>` binary, such as `x86_64` → ``i386`` or
    /// `aarch64` → ``arm``; `nil` for a target QEMU does not have.
    public init?(targetName: String) {
        guard let architecture = Self.targets[targetName] else { return nil }
        self = architecture
    }

    /// Creates the set named by one `QEMU_ARCH_*` constant; `nil` for an unknown name.
    public init?(qemuName: String) {
        if qemuName == "QEMU_ARCH_ALL" {
            self = .all
            return
        }
        guard let entry = Self.named.first(where: { $0.name == qemuName }) else { return nil }
        self = entry.architecture
    }

    /// The `QEMU_ARCH_*` names of the members; `["QEMU_ARCH_ALL"]` for ``all``.
    public var qemuNames: [String] {
        if self == .all { return ["QEMU_ARCH_ALL"] }
        return Self.named.filter { contains($0.architecture) }.map(\.name)
    }

    /// The members joined as in `qemu-options.hx`: `QEMU_ARCH_ARM | QEMU_ARCH_I386`.
    public var description: String {
        qemuNames.joined(separator: " | ")
    }

    /// Decodes an array of `QEMU_ARCH_*` names.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        var set: QEMUArchitectureSet = []
        for name in try container.decode([String].self) {
            guard let member = QEMUArchitectureSet(qemuName: name) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(name)' is not a QEMU_ARCH_* name")
            }
            set.formUnion(member)
        }
        self = set
    }

    /// Encodes the set as an array of `QEMU_ARCH_*` names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(qemuNames)
    }

    private static let targets: [String: QEMUArchitectureSet] = [
        "alpha": .alpha, "arm": .arm, "aarch64": .arm, "cris": .cris, "i386": .i386, "x86_64": .i386,
        "m68k": .m68k, "microblaze": .microblaze, "microblazeel": .microblaze,
        "mips": .mips, "mipsel": .mips, "mips64": .mips, "mips64el": .mips,
        "ppc": .ppc, "ppc64": .ppc, "s390x": .s390x, "sh4": .sh4, "sh4eb": .sh4,
        "sparc": .sparc, "sparc64": .sparc, "xtensa": .xtensa, "xtensaeb": .xtensa, "or1k": .openrisc,
        "tricore": .tricore, "nios2": .nios2, "hppa": .hppa, "riscv32": .riscv, "riscv64": .riscv,
        "rx": .rx, "avr": .avr, "hexagon": .hexagon, "loongarch64": .loongarch,
    ]
}
