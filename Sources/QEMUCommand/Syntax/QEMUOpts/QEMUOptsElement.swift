/// One comma-separated element of a QemuOpts argument, as written.
public enum QEMUOptsElement: Hashable, Sendable, Codable {
    /// `virtio-rng-pci` in `-device virtio-rng-pci,id=r0`: the first element, read as the value of
    /// the option's implied key because it has no `=` before its first single `,`.
    case implied(value: String)
    /// `id=r0`: a key and its (unescaped) value. Keys are raw bytes up to the first `=` or `,`.
    case pair(key: String, value: String)
    /// `share` or `noshare`: a bare word, QEMU's deprecated short-form boolean.
    case flag(String)

    /// The key this element sets and the value QEMU gives it.
    ///
    /// A flag `nokey` sets `key` to `off` and any other flag `name` sets `name` to `on`
    /// (`get_opt_name_value()`); an implied value sets `impliedKey`.
    public func setting(impliedKey: String?) -> (key: String, value: String) {
        switch self {
        case .implied(let value):
            return (impliedKey ?? "", value)
        case .pair(let key, let value):
            return (key, value)
        case .flag(let name):
            if name.hasPrefix("no") { return (String(name.dropFirst(2)), "off") }
            return (name, "on")
        }
    }
}
