/// The syntax tree of a `-global` argument (`qemu_global_option()` in softmmu/qdev-monitor.c).
///
/// The shorthand `driver.property=value` is recognised with `sscanf("%63[^.=].%63[^=]%n")`
/// followed by `=`: the driver runs to the first `.` or `=`, the property (which may contain `.`)
/// to the first `=`, each 1–63 bytes, and the value is the raw rest, with no `,,` handling. Anything
/// else is the long QemuOpts form `driver=…,property=…,value=…`. Parsing never fails;
/// ``text`` prints the argument back byte-identically.
public enum QEMUGlobalArgument: Hashable, Sendable, Codable {
    /// `virtio-rng-pci.max-bytes=4096`.
    case shorthand(driver: String, property: String, value: String)
    /// `driver=virtio-rng-pci,property=max-bytes,value=4096`: QemuOpts without an implied key.
    case long(QEMUOptsArgument)

    /// The longest driver or property name the shorthand reads (`%63[…]`).
    public static let maximumNameLength = 63

    /// Parses a `-global` argument.
    public init(parsing text: String) {
        var copy = text
        let shorthand: (String, String, String)? = copy.withUTF8 { bytes in
            let driverEnd = Self.run(bytes, from: 0) { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "=") }
            guard driverEnd > 0, driverEnd < bytes.count, bytes[driverEnd] == UInt8(ascii: ".") else { return nil }
            let propertyEnd = Self.run(bytes, from: driverEnd + 1) { $0 != UInt8(ascii: "=") }
            guard propertyEnd > driverEnd + 1, propertyEnd < bytes.count, bytes[propertyEnd] == UInt8(ascii: "=") else { return nil }
            return (bytes.text(0, driverEnd), bytes.text(driverEnd + 1, propertyEnd), bytes.text(propertyEnd + 1, bytes.count))
        }
        if let (driver, property, value) = shorthand {
            self = .shorthand(driver: driver, property: property, value: value)
        } else {
            self = .long(QEMUOptsArgument(parsing: text, impliedKey: nil))
        }
    }

    /// The end of a run of at most 63 bytes satisfying `accepts`, starting at `start`.
    private static func run(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, while accepts: (UInt8) -> Bool) -> Int {
        var index = start
        while index < bytes.count, index - start < maximumNameLength, accepts(bytes[index]) { index += 1 }
        return index
    }

    /// The argument as written.
    public var text: String {
        switch self {
        case .shorthand(let driver, let property, let value): driver + "." + property + "=" + value
        case .long(let options): options.text
        }
    }

    /// The driver (QOM type) the default applies to; `nil` when the long form lacks `driver=`.
    public var driver: String? {
        switch self {
        case .shorthand(let driver, _, _): driver
        case .long(let options): options.value(forKey: "driver")
        }
    }

    /// The property whose default is set; `nil` when the long form lacks `property=`.
    public var property: String? {
        switch self {
        case .shorthand(_, let property, _): property
        case .long(let options): options.value(forKey: "property")
        }
    }

    /// The new default value; `nil` when the long form lacks `value=`.
    public var value: String? {
        switch self {
        case .shorthand(_, _, let value): value
        case .long(let options): options.value(forKey: "value")
        }
    }
}
