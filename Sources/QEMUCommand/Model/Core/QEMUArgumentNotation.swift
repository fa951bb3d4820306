/// How an option argument is written: `key=value,…` (QemuOpts or keyval) or a JSON object.
public enum QEMUArgumentNotation: String, Hashable, Sendable, Codable {
    /// `virtio-net-pci,netdev=n0` (QemuOpts) or `q35,cxl=on` (keyval), as the option reads it.
    case keyValue
    /// `{"driver":"virtio-net-pci","netdev":"n0"}`.
    case json
}
