import Foundation

/// Debian's stock kernel, downloaded once with `apt-get download`, unpacked with `dpkg-deb -x`
/// into the cache directory and reused afterwards.
public struct DebianKernelCache: Sendable {
    /// The metapackage whose dependency names the current kernel package.
    public static let metapackage = "linux-image-amd64"

    /// The cache root holding one directory per kernel release.
    public var root: URL
    /// The host program runner.
    public var tool: HostTool

    /// A cache under `$XDG_CACHE_HOME/qemu-cmd/kernels`, or `~/.cache/qemu-cmd/kernels`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, tool: HostTool = HostTool()) {
        self.root = Self.defaultRoot(environment: environment)
        self.tool = tool
    }

    /// A cache at `root`.
    public init(root: URL, tool: HostTool = HostTool()) {
        self.root = root
        self.tool = tool
    }

    /// The default cache root for the given environment.
    public static func defaultRoot(environment: [String: String]) -> URL {
        QEMUUserCache.directory("kernels", environment: environment)
    }

    /// The versioned kernel package the metapackage depends on (`linux-image-6.1.0-56-amd64`), read from
    /// `apt-cache depends` output.
    public static func kernelPackage(fromDepends text: String) -> String? {
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("Depends:") else { continue }
            let name = trimmed.dropFirst("Depends:".count).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("linux-image-"), name != metapackage { return name }
        }
        return nil
    }

    /// The file recording which release the metapackage named when the kernel was fetched.
    public var defaultReleaseFile: URL { root.appendingPathComponent("default-release") }

    /// The cached kernel, downloading and unpacking it first when absent. Once fetched, the recorded
    /// release is reused without asking apt; delete the cache directory to fetch a newer kernel.
    /// `progress` hears about the download.
    /// Concurrent callers (parallel boots on a fresh machine) wait for one download.
    public func kernel(progress: (String) -> Void) throws -> BootKernel {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let lock = CacheLock(directory: root.appendingPathComponent(".lock"))
        try lock.acquire(waiting: { progress("waiting for another qemu-cmd to finish fetching the kernel") })
        defer { lock.release() }
        return try lockedKernel(progress: progress)
    }

    private func lockedKernel(progress: (String) -> Void) throws -> BootKernel {
        if let recorded = try? String(contentsOf: defaultReleaseFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
           !recorded.isEmpty, let kernel = cachedKernel(release: recorded, in: root.appendingPathComponent(recorded)) {
            return kernel
        }
        let depends = try tool.text(["apt-cache", "depends", Self.metapackage], installHint: "run on Debian or pass --kernel and --modules")
        guard let package = Self.kernelPackage(fromDepends: depends) else {
            throw BootError.kernelPackageNotFound("`apt-cache depends \(Self.metapackage)` names no linux-image package (run `apt-get update`)")
        }
        let release = String(package.dropFirst("linux-image-".count))
        let directory = root.appendingPathComponent(release)
        if cachedKernel(release: release, in: directory) == nil {
            progress("fetching \(package) once into \(directory.path)")
            try download(package, release: release, into: directory)
        }
        guard let kernel = cachedKernel(release: release, in: directory) else {
            throw BootError.kernelPackageNotFound("\(package) unpacked without boot/vmlinuz-\(release) or lib/modules/\(release)/modules.dep")
        }
        try Data((release + "\n").utf8).write(to: defaultReleaseFile, options: .atomic)
        return kernel
    }

    private func cachedKernel(release: String, in directory: URL) -> BootKernel? {
        let image = directory.appendingPathComponent("boot/vmlinuz-\(release)")
        let modules = directory.appendingPathComponent("lib/modules/\(release)")
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: image.path),
              fileManager.fileExists(atPath: modules.appendingPathComponent("modules.dep").path)
        else { return nil }
        return BootKernel(image: image, modulesDirectory: modules, release: release, isCached: true)
    }

    private func download(_ package: String, release: String, into directory: URL) throws {
        let fileManager = FileManager.default
        let staging = root.appendingPathComponent(".download-\(package)-\(getpid())")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: staging) }
        _ = try tool.output(["apt-get", "download", package], in: staging, installHint: "run on Debian or pass --kernel and --modules")
        let names = try fileManager.contentsOfDirectory(atPath: staging.path)
        guard let deb = names.first(where: { $0.hasPrefix(package + "_") && $0.hasSuffix(".deb") }) else {
            throw BootError.kernelPackageNotFound("apt-get download \(package) produced no .deb")
        }
        let unpacked = staging.appendingPathComponent("root")
        _ = try tool.output(["dpkg-deb", "-x", staging.appendingPathComponent(deb).path, unpacked.path])
        // The package leaves modules.dep to its postinst, so build it the same way.
        _ = try tool.output(["depmod", "-b", unpacked.path, release], installHint: "install kmod")
        try? fileManager.removeItem(at: directory)
        try fileManager.moveItem(at: unpacked, to: directory)
    }
}
