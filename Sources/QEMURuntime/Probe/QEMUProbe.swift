import Foundation
import QEMUCommand

/// Records the capability profile of a QEMU binary: starts it paused (``QEMUProcess``, QMP on a unix
/// socket in a private directory, killed with its owner), asks it what it accepts, and builds the profile with the same builder the
/// bundled profiles use. Results are cached per binary (``QEMUProfileCache``).
public struct QEMUProbe: Sendable {
    /// The QEMU binary.
    public var binary: String
    /// How long QEMU may take to answer.
    public var timeout: Duration

    /// A probe of `binary`.
    public init(binary: String, timeout: Duration = .seconds(60)) {
        self.binary = binary
        self.timeout = timeout
    }

    /// The cached profile when the binary is unchanged, else a fresh probe (then cached).
    public func profile(cache: QEMUProfileCache = QEMUProfileCache()) async throws -> QEMUCapabilityProfile {
        if let cached = cache.profile(forBinary: binary) { return cached }
        let profile = try await run()
        try? cache.store(profile, forBinary: binary)
        return profile
    }

    /// Probes the binary now, ignoring any cache.
    public func run() async throws -> QEMUCapabilityProfile {
        let help = QEMUDeviceHelp(parsing: try deviceHelp())
        let options = QEMULaunchOptions(
            executable: binary, arguments: ["-S", "-display", "none", "-nodefaults", "-machine", "none"],
            addsSerialConsole: false, startTimeout: .seconds(30))
        let process: QEMUProcess
        do {
            process = try await QEMUProcess.launch(options)
        } catch {
            throw QEMUProbeError(binary: binary, reason: "QEMU did not start paused with QMP: \(error)")
        }
        let exchanges: [QMPExchange]
        do {
            exchanges = try await record(process.qmp, devices: help.names.sorted())
        } catch {
            await process.kill()
            throw QEMUProbeError(binary: binary, reason: "QEMU stopped answering QMP: \(error)")
        }
        _ = try? await process.qmp.execute("quit", timeout: .seconds(5))
        if (try? await process.waitForExit(timeout: .seconds(5))) == nil { await process.kill() }
        let identity = (try? QEMUProfileCache.identity(ofBinary: binary)) ?? binary
        return try QEMUCapabilityProfileBuilder(exchanges: exchanges).build(
            generatedBy: "probed by qemu-cmd probe from \(identity) (path|size|mtime)", deviceHelp: help)
    }

    /// The QMP exchanges the builder needs, asked of a live QEMU.
    private func record(_ client: QMPClient, devices: [String]) async throws -> [QMPExchange] {
        var exchanges: [QMPExchange] = []
        func ask(_ command: String, _ arguments: QMPObject? = nil) async throws {
            let reply: QMPValue?
            do {
                reply = try await client.execute(command, arguments: arguments, timeout: timeout)
            } catch QMPError.commandFailed {
                reply = nil
            }
            exchanges.append(QMPExchange(
                command: command, arguments: try arguments.map { try convert(.object($0)) }, reply: try reply.map(convert)))
        }
        for command in ["query-version", "query-target", "query-command-line-options", "query-machines", "qom-list-types", "query-qmp-schema", "query-cpu-definitions"] {
            try await ask(command)
        }
        for device in devices {
            try await ask("device-list-properties", ["typename": .string(device)])
        }
        // Only the default machine and those with an alias are instantiated: some boards (xenfv, …)
        // abort QEMU when created without their host support. Versioned siblings share their properties.
        let machines = exchanges.first { $0.command == "query-machines" }?.reply?.elements.compactMap { machine in
            machine["alias"] != nil || machine["is-default"]?.boolValue == true ? machine["name"]?.stringValue : nil
        } ?? []
        for machine in machines {
            try await ask("qom-list-properties", ["typename": .string(machine + "-machine")])
        }
        return exchanges
    }

    private func convert(_ value: QMPValue) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    /// The binary's `-device help` text.
    private func deviceHelp() throws -> String {
        let result: HostTool.Result
        do {
            result = try HostTool().run([binary, "-nodefaults", "-device", "help"])
        } catch {
            throw QEMUProbeError(binary: binary, reason: "it could not be started: \(error)")
        }
        guard result.status == 0, !result.terminatedBySignal else {
            throw QEMUProbeError(binary: binary, reason: "`-device help` exited with status \(result.status)")
        }
        return String(decoding: result.standardOutput, as: UTF8.self)
    }
}
