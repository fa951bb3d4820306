import Foundation
import Glibc

/// A connected stream socket carrying QMP: whole JSON messages in, bytes out.
///
/// A reader thread delivers messages until the peer closes the connection or `shutdown()` is called;
/// the descriptor is closed when the last reference goes away, so it is never reused while in use.
final class QMPSocket: Sendable {
    /// The connected descriptor.
    let fileDescriptor: Int32
    /// Complete JSON object texts received; finishes when the connection closes.
    let messages: AsyncStream<Data>

    /// Takes ownership of a connected stream socket and starts reading from it.
    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self)
        messages = stream
        let thread = Thread { [self] in readLoop(into: continuation) }
        thread.name = "QMP reader"
        thread.start()
    }

    deinit {
        close(fileDescriptor)
    }

    /// Connects to a Unix domain socket at `path`.
    static func connect(path: String) throws(QMPError) -> QMPSocket {
        QMPSocket(fileDescriptor: try UnixDomainSocket.connect(to: path))
    }

    /// Writes all of `data`; throws `connectionClosed` when the peer is gone.
    func send(_ data: Data, command: String) throws(QMPError) {
        var remaining = data[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { raw in
                Glibc.send(fileDescriptor, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .connectionClosed(command: command)
            }
            remaining = remaining.dropFirst(written)
        }
    }

    /// Ends the connection in both directions; the reader thread then stops.
    func shutdown() {
        _ = Glibc.shutdown(fileDescriptor, Int32(SHUT_RDWR))
    }

    private func readLoop(into continuation: AsyncStream<Data>.Continuation) {
        var framer = QMPMessageFramer()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            for message in framer.append(chunk[0..<count]) {
                continuation.yield(message)
            }
        }
        continuation.finish()
    }
}
