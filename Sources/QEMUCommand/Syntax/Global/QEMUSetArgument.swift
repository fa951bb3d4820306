/// The syntax tree of a `-set group.id.property=value` argument (`qemu_set_option()` in softmmu/vl.c).
///
/// QEMU reads it with `sscanf("%63[^.].%63[^.].%63[^=]%n")` followed by `=`: group and id are
/// 1–63 bytes without `.`, the property 1–63 bytes without `=` (it may contain `.`:
/// `drive.d0.file.filename=x`), and the value is the raw rest, with no `,,` handling. ``text``
/// prints the argument back byte-identically.
public struct QEMUSetArgument: Hashable, Sendable, Codable {
    /// The QemuOpts group, such as `device`, `drive` or `chardev`.
    public var group: String
    /// The id of the instance to change.
    public var id: String
    /// The property to set.
    public var property: String
    /// The value, raw.
    public var value: String

    /// The longest group, id or property the parser reads (`%63[…]`).
    public static let maximumFieldLength = 63

    /// Creates an argument.
    public init(group: String, id: String, property: String, value: String) {
        self.group = group
        self.id = id
        self.property = property
        self.value = value
    }

    /// Parses a `-set` argument; QEMU's error for anything else is `can't parse`.
    public init(parsing text: String) throws(Diagnostic) {
        var text = text
        let result: Result<QEMUSetArgument, Diagnostic> = text.withUTF8 { bytes in
            do throws(Diagnostic) {
                return .success(try Self.parse(bytes))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> QEMUSetArgument {
        let groupEnd = try field(bytes, from: 0, name: "group", terminator: UInt8(ascii: "."))
        let idEnd = try field(bytes, from: groupEnd + 1, name: "id", terminator: UInt8(ascii: "."))
        let propertyEnd = try field(bytes, from: idEnd + 1, name: "property", terminator: UInt8(ascii: "="))
        return QEMUSetArgument(
            group: bytes.text(0, groupEnd), id: bytes.text(groupEnd + 1, idEnd),
            property: bytes.text(idEnd + 1, propertyEnd), value: bytes.text(propertyEnd + 1, bytes.count))
    }

    /// Reads 1–63 bytes up to `terminator`; returns the terminator's offset.
    private static func field(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, name: String, terminator: UInt8
    ) throws(Diagnostic) -> Int {
        var index = start
        while index < bytes.count, index - start < maximumFieldLength, bytes[index] != terminator { index += 1 }
        let expected = String(decoding: [terminator], as: UTF8.self)
        if index == start {
            throw problem(index == bytes.count ? "missing \(name)" : "empty \(name) before '\(expected)'", at: index)
        }
        guard index < bytes.count, bytes[index] == terminator else {
            if index - start >= maximumFieldLength, index < bytes.count {
                throw problem("the \(name) is longer than \(maximumFieldLength) bytes", at: start)
            }
            throw problem("expected '\(expected)' after the \(name) '\(bytes.text(start, index))'", at: index)
        }
        return index
    }

    private static func problem(_ detail: String, at offset: Int) -> Diagnostic {
        .argumentError(
            "can't parse -set argument: \(detail)", at: offset, rule: "set.cant-parse",
            fix: "write group.id.property=value, such as device.net0.mac=52:54:00:12:34:56")
    }

    /// The argument as written.
    public var text: String {
        group + "." + id + "." + property + "=" + value
    }
}
