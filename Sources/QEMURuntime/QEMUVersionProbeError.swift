/// Why the version of a QEMU binary could not be read.
public enum QEMUVersionProbeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No executable of that name or path.
    case notFound(String)
    /// The executable could not be started.
    case notRunnable(String, String)
    /// `--version` printed something that is not a QEMU version banner.
    case unreadable(String, String)

    /// The message for the user, with a fix.
    public var description: String {
        switch self {
        case .notFound(let binary):
            "QEMU binary '\(binary)' not found; install QEMU (apt-get install qemu-system-x86), pass --qemu PATH, or name the version with --qemu-version 8.1"
        case .notRunnable(let binary, let reason):
            "cannot run '\(binary) --version': \(reason); pass --qemu-version instead"
        case .unreadable(let binary, let firstLine):
            "'\(binary) --version' did not print a QEMU version (got '\(firstLine)'); pass --qemu-version instead"
        }
    }
}
