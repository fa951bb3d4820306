import Foundation
import Glibc

/// A private (0700) directory holding one QEMU's QMP socket, console socket, console log and pid file.
struct QEMURuntimeDirectory: Hashable, Sendable {
    /// The directory's path, e.g. `/tmp/qemu-cmd.Ab12Cd`.
    let path: String

    /// Creates a fresh directory under /tmp (short, so socket paths stay under the 108-byte limit).
    static func create() throws(QEMURuntimeError) -> QEMURuntimeDirectory {
        var template = Array("/tmp/qemu-cmd.XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else {
            throw .runtimeDirectoryFailed(errno: errno)
        }
        chmod(created, 0o700)
        return QEMURuntimeDirectory(path: String(cString: created))
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
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
