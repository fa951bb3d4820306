import Foundation

/// Runs a host program from an argv (never through a shell) and collects its output.
public struct HostTool: Sendable {
    /// The outcome of one run.
    public struct Result: Sendable {
        /// The exit status (or terminating signal number when `terminatedBySignal`).
        public var status: Int32
        /// Whether a signal ended the program.
        public var terminatedBySignal: Bool
        /// Everything written to standard output.
        public var standardOutput: Data
        /// Everything written to standard error, as text.
        public var standardError: String
    }

    /// Directories searched for programs named without a slash.
    public var searchPath: [String]

    /// A runner searching `PATH` (plus the sbin directories apt and dpkg live in).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        searchPath = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/sbin", "/usr/bin", "/bin"]
    }

    /// The absolute path of `name`, or nil when it is not installed.
    public func locate(_ name: String) -> String? {
        if name.contains("/") { return Self.isExecutable(name) ? name : nil }
        return searchPath.lazy.map { $0 + "/" + name }.first(where: Self.isExecutable)
    }

    /// Whether `path` is a regular file this process may execute, as the kernel decides it (`access`),
    /// without the user and group database lookups of `FileManager.isExecutableFile`.
    public static func isExecutable(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// Runs `argv` in `directory` and returns its result whatever the exit status.
    public func run(_ argv: [String], in directory: URL? = nil, installHint: String = "install it with apt-get") throws -> Result {
        guard let program = argv.first else { throw BootError.toolNotFound("(empty command)", fix: installHint) }
        guard let executable = locate(program) else { throw BootError.toolNotFound(program, fix: installHint) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(argv.dropFirst())
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = PipeReadBuffer()
        let errorReader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = errorData.wait()
        return Result(
            status: process.terminationStatus,
            terminatedBySignal: process.terminationReason == .uncaughtSignal,
            standardOutput: outputData,
            standardError: String(decoding: stderr, as: UTF8.self)
        )
    }

    /// Runs `argv` and returns its standard output; a non-zero exit is an error carrying stderr.
    public func output(_ argv: [String], in directory: URL? = nil, installHint: String = "install it with apt-get") throws -> Data {
        let result = try run(argv, in: directory, installHint: installHint)
        guard result.status == 0, !result.terminatedBySignal else {
            throw BootError.toolFailed(argv: argv, status: result.status, stderr: result.standardError)
        }
        return result.standardOutput
    }

    /// Runs `argv` and returns its standard output as text.
    public func text(_ argv: [String], in directory: URL? = nil, installHint: String = "install it with apt-get") throws -> String {
        String(decoding: try output(argv, in: directory, installHint: installHint), as: UTF8.self)
    }
}
