import Foundation

/// Where qemu-cmd keeps what it makes once and reuses (probed profiles, downloaded kernels), after
/// the XDG base directory rules.
public enum QEMUUserCache {
    /// `$XDG_CACHE_HOME/qemu-cmd/NAME`, or `$HOME/.cache/qemu-cmd/NAME`, or the user's home directory
    /// from the password database when `HOME` is not set; read from this process's environment.
    public static func path(_ name: String) -> String {
        // getenv and a string path rather than ProcessInfo's environment and URL: every
        // `check --qemu` asks this.
        path(name) { variable in getenv(variable).map { String(cString: $0) } }
    }

    /// The same directory for the variables of `environment`.
    public static func directory(_ name: String, environment: [String: String]) -> URL {
        URL(fileURLWithPath: path(name) { environment[$0] })
    }

    private static func path(_ name: String, variable: (String) -> String?) -> String {
        let base: String
        if let xdg = variable("XDG_CACHE_HOME"), !xdg.isEmpty {
            base = xdg
        } else {
            base = (variable("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.cache"
        }
        return base + "/qemu-cmd/" + name
    }
}
