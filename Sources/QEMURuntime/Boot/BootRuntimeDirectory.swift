import Foundation

/// A private (0700) directory for one boot check's files: initramfs, kernel, memory backends.
public struct BootRuntimeDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates a fresh directory under the system temporary directory.
    public init() throws {
        var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("qemu-cmd-boot-XXXXXX").path.utf8CString)
        guard let created = mkdtemp(&template) else {
            throw BootError.missingFile(NSTemporaryDirectory(), fix: "make the temporary directory writable (or set TMPDIR)")
        }
        url = URL(fileURLWithPath: String(cString: created))
        chmod(url.path, 0o700)
    }

    /// A file inside the directory.
    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// Deletes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
