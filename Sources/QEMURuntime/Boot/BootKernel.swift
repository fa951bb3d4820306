import Foundation

/// A Linux kernel to boot: its image and the modules directory that belongs to it.
public struct BootKernel: Hashable, Sendable {
    /// The kernel image given to QEMU's `-kernel` (a `bzImage`, or an ELF kernel with a PVH entry).
    public var image: URL
    /// The modules directory (`.../lib/modules/<release>`, holding `modules.dep`).
    public var modulesDirectory: URL
    /// A short name for progress and reports, e.g. `6.1.0-56-amd64`.
    public var release: String
    /// Whether the kernel lives in qemu-cmd's cache, so files derived from it may be cached beside it.
    public var isCached: Bool

    /// A kernel from its image and modules directory.
    public init(image: URL, modulesDirectory: URL, release: String? = nil, isCached: Bool = false) {
        self.image = image
        self.modulesDirectory = modulesDirectory
        self.release = release ?? modulesDirectory.lastPathComponent
        self.isCached = isCached
    }
}
