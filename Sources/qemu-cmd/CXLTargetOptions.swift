import ArgumentParser
import QEMUCXL
import QEMUCommand
import QEMURuntime

/// The QEMU a topology is built for, and where its backend files go.
struct CXLTargetOptions: ParsableArguments {
    @Option(name: .customLong("qemu"), help: ArgumentHelp(
        "The QEMU binary to build for; its version comes from its cached profile (qemu-cmd probe) or from running it with --version.", valueName: "path"))
    var qemuPath: String?

    @Option(name: .customLong("qemu-version"), help: ArgumentHelp(
        "The QEMU version to build for (7.2, 8.1.0, …) instead of asking a binary.", valueName: "version"))
    var qemuVersion: String?

    @Option(name: .customLong("backend-dir"), help: ArgumentHelp(
        "Directory for memory backend files (default: the description's backend_dir, else /tmp).", valueName: "dir"))
    var backendDirectory: String?

    func validate() throws {
        if qemuPath != nil, qemuVersion != nil {
            throw ValidationError("give either --qemu or --qemu-version, not both")
        }
        if let qemuVersion, QEMUVersion(qemuVersion) == nil {
            throw ValidationError("--qemu-version '\(qemuVersion)' is not a version; write it like 7.2 or 8.1.0")
        }
    }

    /// The target version: given, else that of `--qemu` (or the machine's default binary), taken
    /// from its cached capability profile (`qemu-cmd probe`) or by running it with `--version`.
    func version(defaultProgram: String) throws -> QEMUVersion {
        if let qemuVersion, let version = QEMUVersion(qemuVersion) { return version }
        let binary = qemuPath ?? defaultProgram
        if let path = HostTool().locate(binary), let profile = QEMUProfileCache().profile(forBinary: path) {
            return profile.version
        }
        do {
            return try QEMUVersionProbe.version(of: binary)
        } catch {
            throw CXLCommandError(error.description)
        }
    }

    /// The program word of the emitted command line.
    func program(defaultProgram: String) -> String { qemuPath ?? defaultProgram }
}
