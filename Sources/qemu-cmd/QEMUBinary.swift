import Foundation

/// Finds a QEMU binary by path or on `PATH`.
enum QEMUBinary {
    /// `path` if it names an executable file, or the first `qemu-system-TARGET` on `PATH`.
    static func locate(_ path: String?, target: String = "x86_64") throws -> String {
        if let path {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw UsageError("'\(path)' is not an executable QEMU binary")
            }
            return path
        }
        let name = "qemu-system-\(target)"
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw UsageError("\(name) is not on PATH; give --qemu PATH")
    }
}
