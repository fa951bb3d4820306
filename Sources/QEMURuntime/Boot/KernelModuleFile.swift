import Foundation

/// Reads kernel modules as the kernel ships them (`.ko`, `.ko.xz`, `.ko.zst`, `.ko.gz`) and returns plain
/// ELF objects, because busybox `insmod` does not decompress.
public struct KernelModuleFile: Sendable {
    /// The host program runner for `xz`, `zstd` and `gzip`.
    public var tool: HostTool

    /// A reader using `tool` for decompression.
    public init(tool: HostTool = HostTool()) {
        self.tool = tool
    }

    /// The uncompressed module at `url`.
    public func contents(of url: URL) throws -> Data {
        let path = url.path
        if path.hasSuffix(".ko.xz") { return try tool.output(["xz", "-dc", path], installHint: "install xz-utils") }
        if path.hasSuffix(".ko.zst") { return try tool.output(["zstd", "-dcq", path], installHint: "install zstd") }
        if path.hasSuffix(".ko.gz") { return try tool.output(["gzip", "-dc", path], installHint: "install gzip") }
        guard let data = try? Data(contentsOf: url) else {
            throw BootError.missingFile(path, fix: "check that --modules points at the kernel's complete modules directory")
        }
        return data
    }

    /// The file name the module gets in the initramfs: `cxl_pci.ko.zst` → `cxl_pci.ko`.
    public static func plainName(ofPath path: String) -> String {
        KernelModuleDependencies.moduleName(ofPath: path) + ".ko"
    }
}
