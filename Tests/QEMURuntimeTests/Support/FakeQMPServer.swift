import Foundation
import Glibc
import Synchronization
@testable import QEMURuntime

/// Plays QEMU's side of a QMP connection on one end of a socketpair: sends a greeting, then answers
/// each request with the next scripted reply (its `id` replaced by the request's).
final class FakeQMPServer: Sendable {
    /// The client's end of the socketpair.
    let clientDescriptor: Int32
    private let serverDescriptor: Int32
    private let received = Mutex<[QMPObject]>([])

    /// The requests the client sent, in order.
    var receivedRequests: [QMPObject] { received.withLock { $0 } }

    /// The commands the client sent, in order.
    var receivedCommands: [String] { receivedRequests.map { $0["execute"]?.stringValue ?? "" } }

    /// Starts serving `replies` in order (requests past them get no answer); `closeAfter` closes the
    /// connection after that many requests without answering the last one.
    init(greeting: QMPObject, replies: [QMPObject], events: [QMPObject] = [], closeAfter: Int? = nil) throws {
        var descriptors: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0 else {
            throw QMPError.connectFailed(path: "socketpair", errno: errno)
        }
        clientDescriptor = descriptors[0]
        serverDescriptor = descriptors[1]
        let thread = Thread { [self] in
            serve(greeting: greeting, replies: replies, events: events, closeAfter: closeAfter)
        }
        thread.start()
    }

    private func serve(greeting: QMPObject, replies: [QMPObject], events: [QMPObject], closeAfter: Int?) {
        defer { close(serverDescriptor) }
        write(["QMP": .object(greeting)])
        var framer = QMPMessageFramer()
        var remaining = replies[...]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(serverDescriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            for message in framer.append(buffer[0..<count]) {
                let request = (try? QMPValue(jsonData: message).objectValue) ?? [:]
                let total = received.withLock { list in
                    list.append(request)
                    return list.count
                }
                if let closeAfter, total >= closeAfter { return }
                for event in events { write(event) }
                guard var reply = remaining.popFirst() else { continue }
                reply["id"] = request["id"]
                write(reply)
            }
        }
    }

    private func write(_ object: QMPObject) {
        guard var data = try? QMPValue.object(object).jsonData() else { return }
        data.append(contentsOf: Array("\r\n".utf8))
        data.withUnsafeBytes { raw in _ = Glibc.send(serverDescriptor, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL)) }
    }
}
