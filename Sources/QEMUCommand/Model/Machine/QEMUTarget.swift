/// A QEMU system emulator target: its program, its machine types and the options it has.
public enum QEMUTarget: String, Hashable, Sendable, Codable, CaseIterable {
    /// `qemu-system-x86_64`.
    case x86_64
    /// `qemu-system-aarch64`.
    case aarch64
    /// `qemu-system-riscv64`.
    case riscv64

    /// The target of a program path such as `/usr/bin/qemu-system-aarch64`; `nil` for other programs.
    public init?(program: String) {
        let name = program.split(separator: "/").last.map(String.init) ?? program
        guard name.hasPrefix("qemu-system-"), let target = QEMUTarget(rawValue: String(name.dropFirst("qemu-system-".count))) else {
            return nil
        }
        self = target
    }

    /// The emulator's program name.
    public var program: String { "qemu-system-" + rawValue }

    /// The `QEMU_ARCH_*` set the option table uses for this target.
    public var architecture: QEMUArchitectureSet {
        switch self {
        case .x86_64: .i386
        case .aarch64: .arm
        case .riscv64: .riscv
        }
    }

    /// The machine types without a version suffix that QEMU 7.2 has for this target (`-machine help`);
    /// the Xen machines need a QEMU built with Xen.
    public var machineTypes: [String] {
        switch self {
        case .x86_64: ["pc", "q35", "microvm", "isapc", "none", "x-remote", "xenfv", "xenpv"]
        case .aarch64:
            ["virt", "sbsa-ref", "raspi2b", "raspi3ap", "raspi3b", "xlnx-zcu102", "xlnx-versal-virt", "vexpress-a9", "vexpress-a15", "versatilepb", "none"]
        case .riscv64: ["virt", "spike", "sifive_u", "sifive_e", "microchip-icicle-kit", "shakti_c", "none"]
        }
    }

    /// The machine types that also come in versions (`pc-q35-7.2`, `virt-7.2`), by the versioned prefix.
    public var versionedMachinePrefixes: [String] {
        switch self {
        case .x86_64: ["pc-i440fx-", "pc-q35-"]
        case .aarch64: ["virt-"]
        case .riscv64: []
        }
    }

    /// The machine type used without `-machine`; `nil` when the target needs one.
    public var defaultMachineType: String? {
        switch self {
        case .x86_64: "pc"
        case .aarch64: nil
        case .riscv64: "spike"
        }
    }

    /// Whether QEMU for this target knows machine type `type` (`q35`, `pc-q35-7.2`, `virt-7.1`).
    public func hasMachineType(_ type: String) -> Bool {
        if machineTypes.contains(type) { return true }
        return versionedMachinePrefixes.contains { prefix in
            type.hasPrefix(prefix) && QEMUVersionSuffix.isVersion(type.dropFirst(prefix.count))
        }
    }

    /// Whether the target has option `name` (no dashes), by the option table's architectures.
    public func hasOption(_ name: String) -> Bool {
        QEMUOptionTable.info(for: name)?.architectures.contains(architecture) ?? false
    }

    /// Every option the target has.
    public var options: [QEMUOptionInfo] {
        QEMUOptionTable.all.filter { $0.architectures.contains(architecture) }
    }
}
