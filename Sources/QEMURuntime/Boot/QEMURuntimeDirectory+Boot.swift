import Foundation

extension QEMURuntimeDirectory {
    /// A fresh private directory for one boot check's files (initramfs, kernel, memory backends),
    /// under the system temporary directory (`TMPDIR`).
    public static func boot() throws(QEMURuntimeError) -> QEMURuntimeDirectory {
        try QEMURuntimeDirectory(under: NSTemporaryDirectory(), prefix: "qemu-cmd-boot-")
    }
}
