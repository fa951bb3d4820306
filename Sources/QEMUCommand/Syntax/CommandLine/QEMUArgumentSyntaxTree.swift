/// The syntax tree of one option argument, in the syntax QEMU reads it with.
public indirect enum QEMUArgumentSyntaxTree: Hashable, Sendable {
    /// A raw value QEMU takes as written: `-kernel bzImage`, `-append 'console=ttyS0'`.
    case plain(String)
    /// QemuOpts: `-device virtio-rng-pci,id=rng0`.
    case qemuOpts(QEMUOptsArgument)
    /// keyval: `-machine q35,cxl=on`.
    case keyval(QEMUKeyvalArgument)
    /// JSON: `-device '{"driver":"virtio-rng-pci","id":"rng0"}'`.
    case json(JSONArgument)
    /// A legacy character device spec: `-serial unix:/tmp/s,server=on,wait=off`.
    case legacyChardev(QEMULegacyChardevSpec)
    /// A CPU model and features: `-cpu host,+avx2,-x2apic`.
    case cpu(QEMUCPUArgument)
    /// A global property default: `-global virtio-rng-pci.max-bytes=4096`.
    case global(QEMUGlobalArgument)
    /// A property set on an earlier option: `-set device.r0.max-bytes=1000`.
    case set(QEMUSetArgument)

    /// The argument printed back; byte-identical to the parsed text.
    public var text: String {
        switch self {
        case .plain(let text): text
        case .qemuOpts(let tree): tree.text
        case .keyval(let tree): tree.text
        case .json(let tree): tree.text
        case .legacyChardev(let tree): tree.text
        case .cpu(let tree): tree.text
        case .global(let tree): tree.text
        case .set(let tree): tree.text
        }
    }
}
