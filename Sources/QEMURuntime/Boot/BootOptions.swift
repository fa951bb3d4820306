/// What to boot and how: the QEMU binary, the machine's arguments and the kernel.
public struct BootOptions: Sendable {
    /// The kernel command line the check uses: serial console, quiet, no reboot on panic, and no probing
    /// of hardware the check does not need, to keep TCG boots short.
    public static let kernelCommandLine = [
        "console=ttyS0", "quiet", "panic=-1", "8250.nr_uarts=1", "i8042.noaux", "i8042.nokbd", "i8042.nopnp",
        "tsc=reliable", "no_timer_check", "mitigations=off",
    ].joined(separator: " ")

    /// The QEMU binary (name looked up in PATH, or a path).
    public var qemu: String
    /// QEMU arguments describing the machine (without the program, kernel, initrd or console options).
    public var machineArguments: [String]
    /// The kernel to boot; nil means Debian's stock kernel from the cache.
    public var kernel: BootKernel?
    /// Whether the guest also creates a persistent region with ndctl's `cxl` tool.
    public var createsRegion: Bool
    /// Whether to ask for KVM (used only when /dev/kvm works).
    public var requestsKVM: Bool
    /// How long to wait for the guest's report.
    public var timeout: Duration
    /// Whether QEMU's runtime directory (QMP socket, console log) stays after the boot.
    public var keepsRuntimeFiles: Bool

    /// Options for booting `machineArguments` with `qemu`.
    public init(
        qemu: String = "qemu-system-x86_64", machineArguments: [String], kernel: BootKernel? = nil,
        createsRegion: Bool = false, requestsKVM: Bool = false, timeout: Duration = .seconds(180), keepsRuntimeFiles: Bool = false
    ) {
        self.qemu = qemu
        self.machineArguments = machineArguments
        self.kernel = kernel
        self.createsRegion = createsRegion
        self.requestsKVM = requestsKVM
        self.timeout = timeout
        self.keepsRuntimeFiles = keepsRuntimeFiles
    }
}
