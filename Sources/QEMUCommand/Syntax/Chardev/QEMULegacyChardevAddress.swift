/// A `host:port` read the way `qemu_chr_parse_compat()` reads it with `sscanf`.
struct QEMULegacyChardevAddress {
    var host: String
    var port: String
    /// Offset just past the port.
    var end: Int

    /// `sscanf(p, "%64[^:]:%32[^<stops>]%n")`, or `":%32[^<stops>]%n"` when the host is empty.
    ///
    /// - Throws: a diagnostic placed in the argument (`bytes` is the whole argument) when neither
    ///   pattern matches.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, portStops: [UInt8], what: String
    ) throws(Diagnostic) -> QEMULegacyChardevAddress {
        var index = start
        while index < bytes.count, index - start < 64, bytes[index] != UInt8(ascii: ":") { index += 1 }
        let hostEnd = index
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            if hostEnd - start >= 64 {
                throw .argumentError(
                    "the \(what) host is longer than 64 bytes", at: start, rule: "chardev.host-too-long",
                    fix: "QEMU reads at most 64 bytes of host name")
            }
            throw .argumentError(
                "missing ':port' in the \(what) address", at: hostEnd, rule: "chardev.missing-port",
                fix: "write host:port or :port, such as localhost:4444 or :4444")
        }
        let portStart = index + 1
        index = portStart
        while index < bytes.count, index - portStart < 32, !portStops.contains(bytes[index]) { index += 1 }
        // A cut at 32 bytes inside a multi-byte character moves back to the character's start, so
        // that the port and the text after it stay valid UTF-8 and print back byte-identically.
        while index > portStart, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        guard index > portStart else {
            throw .argumentError(
                "missing port after ':' in the \(what) address", at: portStart, rule: "chardev.missing-port",
                fix: "write a port number or service name after the ':'")
        }
        return QEMULegacyChardevAddress(
            host: bytes.text(start, hostEnd), port: bytes.text(portStart, index), end: index)
    }
}
