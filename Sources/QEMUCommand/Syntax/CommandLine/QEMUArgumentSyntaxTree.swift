/// The syntax tree of one option argument, in the syntax QEMU reads it with.
public enum QEMUArgumentSyntaxTree: Hashable, Sendable {
    /// A raw value QEMU takes as written: `-kernel bzImage`, `-append 'console=ttyS0'`.
    case plain(String)
    /// QemuOpts: `-device virtio-rng-pci,id=rng0`.
    case qemuOpts(QEMUOptsArgument)
    /// keyval: `-machine q35,cxl=on`.
    case keyval(QEMUKeyvalArgument)
    /// JSON: `-device '{"driver":"virtio-rng-pci","id":"rng0"}'`.
    case json(JSONArgument)

    /// The argument printed back; byte-identical to the parsed text.
    public var text: String {
        switch self {
        case .plain(let text): text
        case .qemuOpts(let tree): tree.text
        case .keyval(let tree): tree.text
        case .json(let tree): tree.text
        }
    }
}
