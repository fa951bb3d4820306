/// The syntax tree of a legacy chardev spec: the argument of `-serial`, `-parallel`, `-monitor`,
/// `-qmp`, `-qmp-pretty`, `-debugcon`, `-gdb` and `-qtest`.
///
/// Parsing follows `qemu_chr_parse_compat()` in chardev/char.c (plus `chardev:<id>` and `none`,
/// which the options handle before it). ``text`` prints the spec back byte-identically.
public struct QEMULegacyChardevSpec: Hashable, Sendable, Codable {
    /// Whether the spec starts with `mon:`: the device is multiplexed with a monitor.
    public var isMonitorMultiplexed: Bool
    /// What the spec connects to.
    public var backend: QEMULegacyChardevBackend

    /// The backends written as a bare word.
    public static let namedBackends: Set<String> = ["null", "pty", "msmouse", "wctablet", "braille", "testdev", "stdio"]

    /// Creates a spec.
    public init(isMonitorMultiplexed: Bool = false, backend: QEMULegacyChardevBackend) {
        self.isMonitorMultiplexed = isMonitorMultiplexed
        self.backend = backend
    }

    /// Parses a spec, reporting malformed `vc:`, `tcp:`-style and `udp:` addresses with positions.
    /// A spec QEMU does not recognise is kept as ``QEMULegacyChardevBackend/unknown(_:)``.
    public init(parsing text: String) throws(Diagnostic) {
        var text = text
        let result: Result<QEMULegacyChardevSpec, Diagnostic> = text.withUTF8 { bytes in
            do throws(Diagnostic) {
                return .success(try Self.parse(bytes))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> QEMULegacyChardevSpec {
        let whole = bytes.text(0, bytes.count)
        if whole == "none" { return QEMULegacyChardevSpec(backend: .none) }
        if whole.utf8.starts(with: "chardev:".utf8) { return QEMULegacyChardevSpec(backend: .chardev(id: bytes.text(8, bytes.count))) }
        let isMux = whole.utf8.starts(with: "mon:".utf8)
        let start = isMux ? 4 : 0
        return QEMULegacyChardevSpec(isMonitorMultiplexed: isMux, backend: try parseBackend(bytes, from: start))
    }

    private static func parseBackend(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(Diagnostic) -> QEMULegacyChardevBackend {
        let spec = bytes.text(start, bytes.count)
        func starts(_ prefix: String) -> Bool { spec.utf8.starts(with: prefix.utf8) }
        func rest(after prefix: String) -> String { bytes.text(start + prefix.utf8.count, bytes.count) }
        if namedBackends.contains(spec) { return .named(spec) }
        if starts("vc") {
            try checkVirtualConsoleSize(bytes, from: start + 2)
            return .virtualConsole(parameters: rest(after: "vc"))
        }
        if spec == "con:" { return .console }
        if starts("COM") { return .windowsSerial(spec) }
        if starts("file:") { return .file(path: rest(after: "file:")) }
        if starts("pipe:") { return .pipe(path: rest(after: "pipe:")) }
        for scheme in QEMULegacyChardevSocketScheme.allCases where starts(scheme.rawValue + ":") {
            return .socket(try parseSocket(bytes, scheme: scheme, from: start + scheme.rawValue.utf8.count + 1))
        }
        if starts("udp:") { return .udp(try parseUDP(bytes, from: start + 4)) }
        if starts("unix:") { return .unixSocket(QEMUOptsArgument(parsing: rest(after: "unix:"), impliedKey: "path")) }
        if starts("/dev/parport") || starts("/dev/ppi") { return .parallelDevice(path: spec) }
        if starts("/dev/") { return .serialDevice(path: spec) }
        return .unknown(spec)
    }

    /// After `vc:`, `sscanf("%7[0-9]x%7[0-9]")` or `sscanf("%7[0-9]Cx%7[0-9]C")` must match.
    private static func checkVirtualConsoleSize(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(Diagnostic) {
        guard start < bytes.count, bytes[start] == UInt8(ascii: ":") else { return }
        func digits(_ index: Int) -> Int? {
            var end = index
            while end < bytes.count, end - index < 7, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            return end > index ? end : nil
        }
        func byte(_ index: Int, is character: Character) -> Bool {
            index < bytes.count && bytes[index] == character.asciiValue
        }
        if let width = digits(start + 1) {
            if byte(width, is: "x"), digits(width + 1) != nil { return }
            if byte(width, is: "C"), byte(width + 1, is: "x"), let height = digits(width + 2), byte(height, is: "C") { return }
        }
        throw .argumentError(
            "invalid virtual console size '\(bytes.text(start + 1, bytes.count))'", at: start + 1, rule: "chardev.vc-size",
            fix: "write vc:WIDTHxHEIGHT in pixels (vc:800x600) or vc:COLSCxROWSC in characters (vc:80Cx24C)")
    }

    private static func parseSocket(
        _ bytes: UnsafeBufferPointer<UInt8>, scheme: QEMULegacyChardevSocketScheme, from start: Int
    ) throws(Diagnostic) -> QEMULegacyChardevSocket {
        let address = try QEMULegacyChardevAddress.read(bytes, from: start, portStops: [UInt8(ascii: ",")], what: scheme.rawValue)
        if address.end < bytes.count, bytes[address.end] == UInt8(ascii: ",") {
            let options = QEMUOptsArgument(parsing: bytes.text(address.end + 1, bytes.count), impliedKey: nil)
            return QEMULegacyChardevSocket(scheme: scheme, address: address, ignoredText: "", options: options)
        }
        return QEMULegacyChardevSocket(scheme: scheme, address: address, ignoredText: bytes.text(address.end, bytes.count), options: nil)
    }

    private static func parseUDP(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(Diagnostic) -> QEMULegacyChardevUDP {
        let remote = try QEMULegacyChardevAddress.read(
            bytes, from: start, portStops: [UInt8(ascii: "@"), UInt8(ascii: ",")], what: "udp")
        guard remote.end < bytes.count, bytes[remote.end] == UInt8(ascii: "@") else {
            return QEMULegacyChardevUDP(remote: remote, local: nil, ignoredText: bytes.text(remote.end, bytes.count))
        }
        let local = try QEMULegacyChardevAddress.read(bytes, from: remote.end + 1, portStops: [UInt8(ascii: ",")], what: "udp local")
        return QEMULegacyChardevUDP(remote: remote, local: local, ignoredText: bytes.text(local.end, bytes.count))
    }

    /// The spec as written.
    public var text: String {
        (isMonitorMultiplexed ? "mon:" : "") + backend.text
    }
}
