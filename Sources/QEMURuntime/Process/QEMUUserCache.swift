import Foundation

/// Where qemu-cmd keeps what it makes once and reuses (probed profiles, downloaded kernels), after
/// the XDG base directory rules.
public enum QEMUUserCache {
    /// `$XDG_CACHE_HOME/qemu-cmd/NAME`, or `$HOME/.cache/qemu-cmd/NAME`, or the user's home directory
    /// from the password database when `HOME` is not set; read from this process's environment.
    public static func directory(_ name: String) -> URL {
        // getenv rather than ProcessInfo's environment dictionary: every `check --qemu` asks this.
        directory(name) { variable in getenv(variable).map { String(cString: $0) } }
    }

    /// The same directory for the variables of `environment`.
    public static func directory(_ name: String, environment: [String: String]) -> URL {
        directory(name) { environment[$0] }
    }

    private static func directory(_ name: String, variable: (String) -> String?) -> URL {
        let base: String
        if let xdg = variable("XDG_CACHE_HOME"), !xdg.isEmpty {
            base = xdg
        } else {
            base = (variable("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.cache"
        }
        return URL(fileURLWithPath: base + "/qemu-cmd/" + name)
    }
}
