import Foundation

/// Locates `../shared` (the reference material beside the package) for tests.
///
/// The environment variable `QEMU_CMD_SHARED` overrides the default, which is the `shared` folder
/// next to the package root.
enum SharedCorpus {
    static var root: URL {
        if let override = ProcessInfo.processInfo.environment["QEMU_CMD_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The libvirt command-line corpus folder.
    static var libvirtArgs: URL { root.appendingPathComponent("corpus/libvirt-11.3.0-args") }

    /// Every `*.args` file of the libvirt corpus, sorted by name; fails clearly when absent.
    static func libvirtFiles() throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: libvirtArgs.path)
        let files = names.filter { $0.hasSuffix(".args") }.sorted().map { libvirtArgs.appendingPathComponent($0) }
        guard !files.isEmpty else {
            throw CorpusMissing(path: libvirtArgs.path)
        }
        return files
    }

    struct CorpusMissing: Error, CustomStringConvertible {
        let path: String
        var description: String { "libvirt corpus not found at \(path); set QEMU_CMD_SHARED to the shared/ folder" }
    }
}
