import Foundation
import Glibc

/// Moves console bytes between descriptors: QEMU's output into the console, the serial socket's
/// connection, and the terminal in passthrough mode. Runs on reader threads (blocking calls).
enum QEMUConsoleStream {
    /// Reads `descriptor` until end of file, adding the text to `console` and copying the bytes to `echo`.
    static func copy(from descriptor: Int32, to console: QEMUConsole, echo: Int32?) {
        var decoder = UTF8ChunkDecoder()
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            if let echo { writeAll(buffer[0..<count], to: echo) }
            console.append(decoder.decode(buffer[0..<count]))
        }
    }

    /// Connects to the serial console socket, retrying while QEMU has not created it yet; nil when
    /// QEMU exits first.
    static func connect(to path: String, while child: QEMUChild) -> Int32? {
        while child.exitStatus == nil {
            if let descriptor = try? connectOnce(to: path) { return descriptor }
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

    private static func connectOnce(to path: String) throws -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard pathBytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw QMPError.connectFailed(path: path, errno: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: pathBytes) }
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw QMPError.connectFailed(path: path, errno: errno) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let error = errno
            close(descriptor)
            throw QMPError.connectFailed(path: path, errno: error)
        }
        return descriptor
    }
}
