import Foundation

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// Colour only when standard error is a terminal and `NO_COLOR` is not set.
    static var stderrUsesColor: Bool { usesColor(STDERR_FILENO) }

    /// Colour only when standard output is a terminal and `NO_COLOR` is not set.
    static var stdoutUsesColor: Bool { usesColor(STDOUT_FILENO) }

    private static func usesColor(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
    }

    /// Writes to standard error.
    static func writeError(_ text: String) {
        writeAll(text.utf8, to: STDERR_FILENO)
    }

    /// Writes to standard output.
    static func write(_ text: String) {
        writeAll(text.utf8, to: STDOUT_FILENO)
    }

    /// Writes bytes to standard output as they are (NUL-separated argv, JSON data).
    static func write(_ bytes: some Collection<UInt8>) {
        writeAll(bytes, to: STDOUT_FILENO)
    }

    /// Writes every byte, resuming after short writes and interrupted calls; stops quietly when the
    /// reader is gone (a closed pipe), as `head` expects of the programs it reads.
    private static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) {
        let wroteInPlace: Void? = bytes.withContiguousStorageIfAvailable { writeAll($0, to: descriptor) }
        if wroteInPlace == nil { Array(bytes).withUnsafeBufferPointer { writeAll($0, to: descriptor) } }
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard var next = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            next += written
            remaining -= written
        }
    }
}

#if canImport(Glibc)
import Glibc
/// POSIX `write`, which `Terminal.write` would otherwise shadow.
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
/// POSIX `write`, which `Terminal.write` would otherwise shadow.
private let systemWrite = Darwin.write
#endif
