import Foundation

/// QEMU started from an argv with its serial console on a pipe, for the boot check.
public final class BootQEMUProcess: BootConsoleMachine, @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var console = Data()
    private var reachedEnd = false

    /// Starts `executable` with `arguments` plus `-serial stdio`, reading the console from its standard output.
    public init(executable: String, arguments: [String]) throws {
        guard let path = HostTool().locate(executable) else {
            throw BootError.toolNotFound(executable, fix: "install qemu-system-x86 or pass --qemu PATH")
        }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + ["-serial", "stdio"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self else { return }
            if chunk.isEmpty { handle.readabilityHandler = nil }
            self.lock.withLock {
                if chunk.isEmpty { self.reachedEnd = true } else { self.console.append(chunk) }
            }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Everything the console (and QEMU's own stderr) printed so far.
    public var consoleText: String {
        lock.withLock { String(decoding: console, as: UTF8.self) }
    }

    /// Polls the console every 20 ms until `pattern` matches.
    public func waitForConsole(matching pattern: String, timeout: Duration) async throws -> String {
        let regex = try Regex(pattern)
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = consoleText
            if let match = text.firstMatch(of: regex) { return String(text[match.range]) }
            if !process.isRunning {
                await waitForEndOfOutput()
                let ended = consoleText
                if let match = ended.firstMatch(of: regex) { return String(ended[match.range]) }
                throw BootError.qemuEnded(status: exitDescription, lastLines: Self.lastLines(ended))
            }
            if ContinuousClock.now >= deadline {
                throw BootError.consoleTimeout(seconds: Int(timeout.components.seconds), lastLines: Self.lastLines(text))
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Polls every 20 ms until QEMU exited.
    public func waitForExit(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return !process.isRunning
    }

    /// Waits (at most a second) until everything QEMU wrote before it exited has been read.
    private func waitForEndOfOutput() async {
        let deadline = ContinuousClock.now + .seconds(1)
        while !lock.withLock({ reachedEnd }), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    /// SIGTERM, then SIGKILL after two seconds.
    public func stop() async {
        guard process.isRunning else { return }
        process.terminate()
        if await waitForExit(timeout: .seconds(2)) { return }
        kill(process.processIdentifier, SIGKILL)
        _ = await waitForExit(timeout: .seconds(2))
    }

    private var exitDescription: String {
        process.terminationReason == .uncaughtSignal ? "was killed by signal \(process.terminationStatus)" : "exited with status \(process.terminationStatus)"
    }

    static func lastLines(_ text: String, count: Int = 15) -> [String] {
        text.split(whereSeparator: \.isNewline).suffix(count).map(String.init)
    }
}
