import Foundation
import Synchronization

/// Everything a QEMU process printed (serial console and QEMU's own messages), with waits for patterns.
final class QEMUConsole: Sendable {
    private struct Waiter {
        var pattern: String
        var regex: NSRegularExpression
        var searchStart: String.Index
        var continuation: CheckedContinuation<String, any Error>
        var timer: Task<Void, Never>
    }

    private struct State {
        var text = ""
        var waiters: [Int: Waiter] = [:]
        var nextKey = 0
        var endError: QEMURuntimeError?
    }

    private let state = Mutex(State())
    private let log: FileHandle?

    /// Creates a console that also appends everything to the file at `logPath`.
    init(logPath: String) {
        _ = FileManager.default.createFile(atPath: logPath, contents: nil, attributes: [.posixPermissions: 0o600])
        log = FileHandle(forWritingAtPath: logPath)
    }

    /// All text so far.
    var text: String { state.withLock { $0.text } }

    /// The last `count` non-empty lines, without carriage returns.
    func lastLines(_ count: Int = 10) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return Array(lines.suffix(count))
    }

    /// Adds output and wakes the waits whose pattern now matches.
    func append(_ output: String) {
        guard !output.isEmpty else { return }
        try? log?.write(contentsOf: Data(output.utf8))
        let matched: [(CheckedContinuation<String, any Error>, String)] = state.withLock { state in
            state.text += output
            var matched: [(CheckedContinuation<String, any Error>, String)] = []
            for (key, waiter) in state.waiters {
                if let match = Self.firstMatch(waiter.regex, in: state.text, from: waiter.searchStart) {
                    state.waiters.removeValue(forKey: key)
                    waiter.timer.cancel()
                    matched.append((waiter.continuation, match))
                } else {
                    state.waiters[key]?.searchStart = Self.startOfLastLine(in: state.text)
                }
            }
            return matched
        }
        for (continuation, match) in matched { continuation.resume(returning: match) }
    }

    /// Waits until the console text (from its start) matches `pattern` and returns the matched text.
    func wait(matching pattern: String, timeout: Duration) async throws -> String {
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        } catch {
            throw QEMURuntimeError.invalidPattern(pattern, reason: error.localizedDescription)
        }
        return try await withCheckedThrowingContinuation { continuation in
            let immediate: Result<String, any Error>? = state.withLock { state in
                if let match = Self.firstMatch(regex, in: state.text, from: state.text.startIndex) {
                    return .success(match)
                }
                if let endError = state.endError { return .failure(endError) }
                let key = state.nextKey
                state.nextKey += 1
                let timer = Task { [weak self] in
                    guard (try? await Task.sleep(for: timeout)) != nil, let self else { return }
                    self.fail(key: key, with: .consoleTimedOut(pattern: pattern, after: timeout, lastConsoleLines: self.lastLines()))
                }
                state.waiters[key] = Waiter(
                    pattern: pattern, regex: regex, searchStart: Self.startOfLastLine(in: state.text),
                    continuation: continuation, timer: timer)
                return nil
            }
            if let immediate { continuation.resume(with: immediate) }
        }
    }

    /// Marks the console finished (QEMU ended): pending and later waits that do not match fail with `error`.
    func finish(with error: QEMURuntimeError) {
        let waiters = state.withLock { state in
            state.endError = error
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters {
            waiter.timer.cancel()
            waiter.continuation.resume(throwing: error)
        }
        try? log?.close()
    }

    private func fail(key: Int, with error: QEMURuntimeError) {
        guard let waiter = state.withLock({ $0.waiters.removeValue(forKey: key) }) else { return }
        waiter.continuation.resume(throwing: error)
    }

    private static func firstMatch(_ regex: NSRegularExpression, in text: String, from start: String.Index) -> String? {
        let range = NSRange(start..<text.endIndex, in: text)
        guard let match = regex.firstMatch(in: text, range: range), let matched = Range(match.range, in: text) else {
            return nil
        }
        return String(text[matched])
    }

    /// Where the last, possibly unfinished line begins, so a later search still sees all of it.
    private static func startOfLastLine(in text: String) -> String.Index {
        text.utf8.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.startIndex
    }
}
