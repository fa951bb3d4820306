import ArgumentParser
import Foundation
import QEMUCommand
import QEMURuntime

/// `qemu-cmd check`: find everything a QEMU version would reject in command lines, before launch.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check QEMU command lines against what a QEMU version accepts.",
        discussion: """
            Reports every problem at once: unknown or removed options, values of the wrong type, \
            devices, objects, backends, machines and properties the version does not have, \
            malformed or duplicate ids, references that do not resolve (bus=, memdev=, netdev=, \
            chardev=, drive=, cxl-fmw targets, …), conflicting options, and CXL constraints: what QEMU rejects (errors) and what it \
            accepts but Linux cannot use (warnings: duplicate port numbers, missing serial numbers, \
            sizes that are not multiples of 256 MiB, devices not below a root or downstream port, …). \
            Each diagnostic has a rule id and, where known, a fix.

            The QEMU to check against is a binary (--qemu PATH, probed once and cached), a bundled \
            profile (--qemu-version 7.2), or by default the newest bundled profile for --target.

            Exit status: 0 no errors, 1 errors found (or warnings with --werror), 2 usage error.

            Examples:
              qemu-cmd check --qemu-version 7.2 vm.sh
              qemu-cmd check --qemu /usr/bin/qemu-system-x86_64 vm.sh
              qemu-cmd check --format json --werror *.sh | jq '.files[].diagnostics[].rule'
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Check against this QEMU binary (probed once, then cached).")
    var qemu: String?

    @Option(name: .customLong("qemu-version"), help: "Check against the bundled profile of this QEMU release, e.g. 7.2.")
    var qemuVersion: String?

    @Option(name: .long, help: "Target architecture of the bundled profile (default x86_64).")
    var target: String = "x86_64"

    @Option(name: .long, help: "Output format: text (compiler style, with source lines) or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors for the exit status.")
    var werror = false

    @Argument(help: "Files holding QEMU command lines, or '-' for standard input.")
    var files: [String]

    func validate() throws {
        if qemu != nil && qemuVersion != nil { throw ValidationError("give either --qemu or --qemu-version, not both") }
        if files.isEmpty { throw ValidationError("give at least one FILE, or '-' for standard input") }
        if let qemuVersion, QEMUVersion(qemuVersion) == nil {
            throw ValidationError("'\(qemuVersion)' is not a QEMU version; write it like 7.2 or 9.2.0")
        }
    }

    @MainActor func run() async throws {
        let checker = QEMUCommandLineChecker(profile: try await profile())
        var report = CheckReport(profile: checker.profile.name)
        for path in files {
            let input = try InputFile.read(path)
            let result = QEMUCommandLine.parse(shellText: input.text, fileName: input.name)
            let diagnostics = checker.check(result) + CXLUsabilityWarnings.diagnostics(for: result, version: checker.profile.version)
            report.add(file: input.name, diagnostics: diagnostics.sorted { $0.range.start < $1.range.start }, source: result.source)
        }
        switch format {
        case .text: Terminal.write(report.text(usesColor: Terminal.stdoutUsesColor))
        case .json: Terminal.write(try report.json() + "\n")
        }
        if format == .text { Terminal.writeError(report.summary + "\n") }
        if report.errors > 0 || (werror && report.warnings > 0) { throw ExitCode(1) }
    }

    @MainActor private func profile() async throws -> QEMUCapabilityProfile {
        if let qemuVersion, let version = QEMUVersion(qemuVersion) {
            do {
                return try QEMUCapabilityProfile.bundled(version: version, target: target)
            } catch {
                throw UsageError(error.description)
            }
        }
        if let qemu {
            let binary = try QEMUBinary.locate(qemu)
            let cache = QEMUProfileCache()
            if let cached = cache.profile(forBinary: binary) { return cached }
            Terminal.writeError("probing \(binary) once; later checks use the cached profile…\n")
            do {
                return try await QEMUProbe(binary: binary).profile(cache: cache)
            } catch {
                throw UsageError("\(error)")
            }
        }
        do {
            return try QEMUCapabilityProfile.newestBundled(target: target)
        } catch {
            throw UsageError(error.description)
        }
    }
}
