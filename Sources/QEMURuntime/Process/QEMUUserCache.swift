import Foundation

/// Where qemu-cmd keeps what it makes once and reuses (probed profiles, downloaded kernels), after
/// the XDG base directory rules.
public enum QEMUUserCache {
    /// `$XDG_CACHE_HOME/qemu-cmd/NAME`, or `$HOME/.cache/qemu-cmd/NAME`, or the user's home directory
    /// from the password database when `HOME` is not set.
    public static func directory(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        }
        return base.appendingPathComponent("qemu-cmd").appendingPathComponent(name)
    }
}
