import CQEMURuntimeSupport
import Foundation
import Synchronization

/// Starts processes from argv (never a shell) on one long-lived thread.
///
/// The parent-death signal fires when the *thread* that forked ends, so forking from a pool thread
/// that may be retired would kill QEMU early; this thread lives as long as the program.
final class QEMUSpawner: Sendable {
    /// The program's spawner.
    static let shared = QEMUSpawner()

    private let jobs = Mutex<[@Sendable () -> Void]>([])
    private let available = DispatchSemaphore(value: 0)

    private init() {
        let thread = Thread { [self] in
            while true {
                available.wait()
                if let job = jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { job() }
            }
        }
        thread.name = "QEMU spawner"
        thread.start()
    }

    /// Starts `path` with `argv` (argv[0] included) and the given standard descriptors; returns the pid.
    func spawn(
        path: String, argv: [String], environment: [String: String], standardInput: Int32, standardOutput: Int32,
        standardError: Int32
    ) async throws -> pid_t {
        try await withCheckedThrowingContinuation { continuation in
            jobs.withLock {
                $0.append {
                    continuation.resume(with: Self.spawnNow(
                        path: path, argv: argv, environment: environment, standardInput: standardInput,
                        standardOutput: standardOutput, standardError: standardError))
                }
            }
            available.signal()
        }
    }

    private static func spawnNow(
        path: String, argv: [String], environment: [String: String], standardInput: Int32, standardOutput: Int32,
        standardError: Int32
    ) -> Result<pid_t, any Error> {
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        let variables = merged.map { "\($0.key)=\($0.value)" }
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = variables.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let failure = qemu_runtime_spawn(path, cArguments, cEnvironment, standardInput, standardOutput, standardError, &pid)
        guard failure == 0 else { return .failure(QEMURuntimeError.launchFailed(path: path, errno: failure)) }
        return .success(pid)
    }

    /// The executable file for `name`: itself when it contains a slash, else the first match in `PATH`.
    static func resolveExecutable(_ name: String) throws(QEMURuntimeError) -> String {
        if name.contains("/") {
            guard access(name, X_OK) == 0 else { throw .launchFailed(path: name, errno: errno) }
            return name
        }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw .launchFailed(path: name, errno: ENOENT)
    }
}
