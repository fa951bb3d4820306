import Foundation
import QEMURuntime

/// Finds a QEMU binary by path or on `PATH`.
enum QEMUBinary {
    /// `path` if it names an executable file, or the first `qemu-system-TARGET` on `PATH`.
    static func locate(_ path: String?, target: String = "x86_64") throws -> String {
        if let path {
            guard HostTool.isExecutable(path) else { throw UsageError("'\(path)' is not an executable QEMU binary") }
            return path
        }
        let name = "qemu-system-\(target)"
        guard let found = HostTool().locate(name) else { throw UsageError("\(name) is not on PATH; give --qemu PATH") }
        return found
    }
}
