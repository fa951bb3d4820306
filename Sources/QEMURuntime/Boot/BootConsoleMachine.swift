/// A running QEMU whose serial console a boot check reads.
public protocol BootConsoleMachine: Sendable {
    /// Waits until the console text matches the regular expression `pattern` and returns the match.
    /// Throws when the time runs out or QEMU ends first.
    func waitForConsole(matching pattern: String, timeout: Duration) async throws -> String
    /// Everything the console printed so far.
    var consoleText: String { get async }
    /// Waits for QEMU to exit by itself; false when it is still running after `timeout`.
    func waitForExit(timeout: Duration) async -> Bool
    /// Stops QEMU if it still runs (SIGTERM, then SIGKILL) and removes its runtime files unless kept.
    func stop() async
}
