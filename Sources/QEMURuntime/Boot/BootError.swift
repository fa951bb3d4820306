/// Errors raised while preparing and running a boot check; each message names the problem and a fix.
public enum BootError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file the boot needs is missing or unreadable.
    case missingFile(String, fix: String)
    /// A host program is not installed.
    case toolNotFound(String, fix: String)
    /// A host program ran and failed.
    case toolFailed(argv: [String], status: Int32, stderr: String)
    /// The kernel has neither a loadable nor a built-in module of this name.
    case missingKernelModule(String)
    /// No Debian kernel package could be determined.
    case kernelPackageNotFound(String)
    /// The guest's report could not be read.
    case malformedGuestReport(String)
    /// The command line has no CXL topology to check.
    case noCXLTopology(String)

    /// A readable message naming the place, the problem and the fix.
    public var description: String {
        switch self {
        case .missingFile(let path, let fix):
            return "\(path): file not found or unreadable; \(fix)"
        case .toolNotFound(let name, let fix):
            return "\(name): program not found in PATH; \(fix)"
        case .toolFailed(let argv, let status, let stderr):
            let detail = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "\(argv.joined(separator: " ")): exited with status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .missingKernelModule(let name):
            return "kernel module \(name): not in modules.dep nor built in; use a kernel built with the CXL drivers (Debian's linux-image-amd64 has them)"
        case .kernelPackageNotFound(let detail):
            return "Debian kernel package: \(detail); install it with `apt-get install linux-image-amd64` or pass --kernel and --modules"
        case .malformedGuestReport(let detail):
            return "guest report: \(detail)"
        case .noCXLTopology(let detail):
            return "command line: \(detail)"
        }
    }
}
