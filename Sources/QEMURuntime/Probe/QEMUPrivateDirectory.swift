import Foundation

/// A directory only the current user can enter (mode 0700), for sockets and other runtime files;
/// ``remove()`` deletes it with everything in it.
public struct QEMUPrivateDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates a fresh private directory under the system temporary directory.
    public init(prefix: String = "qemu-cmd") throws {
        let base = FileManager.default.temporaryDirectory
        let url = base.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        self.url = url
    }

    /// The path of a file inside the directory.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Deletes the directory and its contents.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}
