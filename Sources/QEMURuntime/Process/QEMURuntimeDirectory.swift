import Foundation
import Glibc

/// A private (0700) directory for one run's files (QMP and console sockets, console log, pid file,
/// boot initramfs and kernel), created fresh and removed afterwards.
public struct QEMURuntimeDirectory: Hashable, Sendable {
    /// The directory's path, e.g. `/tmp/qemu-cmd.Ab12Cd`.
    public let path: String

    /// Creates a fresh directory `<parent>/<prefix>XXXXXX`.
    ///
    /// The default parent is /tmp, short so that socket paths stay under the 108-byte limit; pass
    /// `NSTemporaryDirectory()` to honour `TMPDIR` for files that are not sockets.
    public init(under parent: String = "/tmp", prefix: String = "qemu-cmd.") throws(QEMURuntimeError) {
        var template = Array(URL(fileURLWithPath: parent).appendingPathComponent(prefix + "XXXXXX").path.utf8CString)
        guard let created = mkdtemp(&template) else {
            throw .runtimeDirectoryFailed(parent: parent, errno: errno)
        }
        chmod(created, 0o700)
        path = String(cString: created)
    }

    /// The directory as a file URL.
    public var url: URL { URL(fileURLWithPath: path) }

    /// A file inside the directory.
    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// The QMP socket QEMU listens on.
    var qmpSocketPath: String { path + "/qmp.sock" }
    /// The second QMP socket, for other clients.
    var userQMPSocketPath: String { path + "/qmp-user.sock" }
    /// The socket the serial console is served on.
    var consoleSocketPath: String { path + "/console.sock" }
    /// Everything the console showed.
    var consoleLogPath: String { path + "/console.log" }
    /// QEMU's pid file.
    var pidFilePath: String { path + "/qemu.pid" }

    /// Deletes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
