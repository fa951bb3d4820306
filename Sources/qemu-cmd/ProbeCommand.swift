import ArgumentParser
import Foundation
import QEMUCommand
import QEMURuntime

/// `qemu-cmd probe`: record what a QEMU binary accepts.
struct ProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Record the capability profile of a QEMU binary.",
        discussion: """
            Starts QEMU paused (-S -display none -nodefaults -machine none) with QMP on a unix \
            socket in a private directory, asks it for its version, options, machines, devices \
            with their properties, object types, backends, accelerators and CPU models, and writes \
            the profile as JSON. The profile is cached per binary (path, size, modification time) \
            under ~/.cache/qemu-cmd/profiles, so `qemu-cmd check --qemu PATH` reuses it.

            Examples:
              qemu-cmd probe --output qemu-7.2.json
              qemu-cmd probe --qemu /opt/qemu/bin/qemu-system-x86_64 | jq '.devices | keys | length'
            """)

    @Option(name: .long, help: "The QEMU binary (default: qemu-system-x86_64 on PATH).")
    var qemu: String?

    @Option(name: .long, help: "Write the profile to FILE instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Probe again even when a cached profile exists.")
    var refresh = false

    func run() async throws {
        let binary = try QEMUBinary.locate(qemu)
        let cache = QEMUProfileCache()
        let profile: QEMUCapabilityProfile
        if !refresh, let cached = cache.profile(forBinary: binary) {
            profile = cached
        } else {
            Terminal.writeError("probing \(binary) (QEMU answers a few hundred questions; this takes a few seconds)…\n")
            do {
                profile = try await QEMUProbe(binary: binary).run()
            } catch let error as QEMUProbeError {
                Terminal.writeError("qemu-cmd probe: error: \(error)\n")
                throw ExitCode(1)
            }
            try? cache.store(profile, forBinary: binary)
        }
        let data = try profile.jsonData()
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
            Terminal.writeError("wrote the QEMU \(profile.version) \(profile.target) profile (\(profile.devices.count) devices) to \(output)\n")
        } else {
            Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}
