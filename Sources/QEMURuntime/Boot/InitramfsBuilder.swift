import Foundation

/// Builds the boot-check initramfs: busybox, the CXL, nvdimm and dax modules in dependency order,
/// optionally ndctl's `cxl` tool with its libraries, and the generated `/init`.
public struct InitramfsBuilder: Sendable {
    /// Modules the check cannot work without (each loadable or built in).
    public static let requiredModules = ["cxl_acpi", "cxl_pci", "cxl_mem"]
    /// Modules loaded when the kernel has them.
    public static let optionalModules = [
        "cxl_core", "cxl_port", "libnvdimm", "cxl_pmem", "nd_btt", "nd_pmem", "device_dax", "dax_pmem",
    ]

    /// Modules loaded for a region: the tool waits for the kernel's random pool, which a virtio-rng
    /// device fills at once instead of after seconds of timer jitter under TCG.
    public static let regionModules = ["virtio_pci", "virtio_rng"]

    /// Path of a static busybox on the host.
    public var busybox: String
    /// Whether to include the `cxl` tool and make init create a region.
    public var createsRegion: Bool
    /// The host program runner.
    public var tool: HostTool

    /// A builder using the host's busybox.
    public init(busybox: String = "/bin/busybox", createsRegion: Bool = false, tool: HostTool = HostTool()) {
        self.busybox = busybox
        self.createsRegion = createsRegion
        self.tool = tool
    }

    /// Module paths to load for `dependencies`, required and available optional modules with their dependencies.
    public static func modulePaths(_ dependencies: KernelModuleDependencies, createsRegion: Bool = false) throws -> [String] {
        let optional = optionalModules + (createsRegion ? regionModules : [])
        let names = [requiredModules[0]] + optional.filter(dependencies.isAvailable) + requiredModules.dropFirst()
        return try dependencies.loadOrder(for: names)
    }

    /// The initramfs as an uncompressed newc cpio archive for `kernel`.
    public func archive(for kernel: BootKernel) throws -> Data {
        let dependencies = try KernelModuleDependencies(modulesDirectory: kernel.modulesDirectory)
        let modulePaths = try Self.modulePaths(dependencies, createsRegion: createsRegion)
        let reader = KernelModuleFile(tool: tool)
        var files: [String: CPIOEntry] = [:]
        var moduleNames: [String] = []
        for path in modulePaths {
            let name = KernelModuleFile.plainName(ofPath: path)
            moduleNames.append(name)
            let data = try reader.contents(of: kernel.modulesDirectory.appendingPathComponent(path))
            files["lib/modules/" + name] = .file("lib/modules/" + name, data)
        }
        try addProgram(busybox, as: "bin/busybox", to: &files, hint: "install busybox-static")
        if createsRegion {
            guard let cxl = tool.locate("cxl") else { throw BootError.toolNotFound("cxl", fix: "install ndctl (it provides the cxl tool)") }
            try addProgram(cxl, as: "usr/bin/cxl", to: &files, hint: "install ndctl")
        }
        let script = BootInitScript(modules: moduleNames, createsRegion: createsRegion)
        files["init"] = .file("init", Data(script.text.utf8), permissions: 0o755)
        var writer = CPIOArchiveWriter()
        writer.append(contentsOf: Self.directories(for: Array(files.keys)) + files.keys.sorted().compactMap { files[$0] })
        return writer.finished()
    }

    private func addProgram(_ path: String, as archivePath: String, to files: inout [String: CPIOEntry], hint: String) throws {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
            throw BootError.missingFile(path, fix: hint)
        }
        files[archivePath] = .file(archivePath, data, permissions: 0o755)
        for library in try SharedLibraryResolver(tool: tool).libraries(of: path) {
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: library)) else {
                throw BootError.missingFile(library, fix: "reinstall the package that provides it (needed by \(path))")
            }
            let relative = String(library.drop(while: { $0 == "/" }))
            files[relative] = .file(relative, bytes, permissions: 0o755)
        }
    }

    /// Every parent directory of `paths` plus the mount points init uses, parents first.
    static func directories(for paths: [String]) -> [CPIOEntry] {
        var directories: Set<String> = ["dev", "proc", "sys", "tmp", "bin", "sbin", "usr", "usr/bin", "usr/sbin"]
        for path in paths {
            var components = path.split(separator: "/").dropLast()
            while !components.isEmpty {
                directories.insert(components.joined(separator: "/"))
                components = components.dropLast()
            }
        }
        return directories.sorted().map(CPIOEntry.directory)
    }
}
