import Foundation
import Glibc

/// Moves console bytes between descriptors: QEMU's output into the console, the serial socket's
/// connection, and the terminal in passthrough mode. Runs on reader threads (blocking calls).
enum QEMUConsoleStream {
    /// Reads console output (the serial socket, or QEMU's standard output where `-serial stdio` or
    /// `-nographic` puts it) until end of file, adding the text to `console` and copying the bytes
    /// unchanged to `echo`.
    static func copyConsole(from descriptor: Int32, to console: QEMUConsole, echo: Int32?) {
        var decoder = UTF8ChunkDecoder()
        readChunks(from: descriptor) { chunk in
            if let echo { writeAll(chunk, to: echo) }
            console.append(decoder.decode(chunk))
        }
    }

    /// Reads QEMU's standard error until end of file, adding the text to `console` and
    /// `echo`, without QEMU's notice about the runtime's own console socket.
    static func copyMessages(from descriptor: Int32, to console: QEMUConsole, echo: Int32?) {
        var decoder = UTF8ChunkDecoder()
        var filter = QEMUMessageFilter()
        let add = { (text: String) in
            if let echo { writeAll(ArraySlice(text.utf8), to: echo) }
            console.append(text)
        }
        readChunks(from: descriptor) { add(filter.filter(decoder.decode($0))) }
        add(filter.flush())
    }

    private static func readChunks(from descriptor: Int32, _ body: (ArraySlice<UInt8>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            body(buffer[0..<count])
        }
    }

    /// Connects to the serial console socket, retrying while QEMU has not created it yet; nil when
    /// QEMU exits first.
    static func connect(to path: String, while child: QEMUChild) -> Int32? {
        while child.exitStatus == nil {
            if let descriptor = try? UnixDomainSocket.connect(to: path) { return descriptor }
            usleep(10_000)
        }
        return nil
    }

    /// Forwards this program's standard input to the serial console on a thread of its own.
    static func forwardStandardInput(to socket: Int32) {
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0, writeAll(buffer[0..<count], to: socket) else { return }
            }
        }
        thread.name = "console input"
        thread.start()
    }

    @discardableResult
    private static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Bool {
        var remaining = bytes
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            let result = written >= 0 || errno != ENOTSOCK
                ? written : remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            remaining = remaining.dropFirst(result)
        }
        return true
    }
}
