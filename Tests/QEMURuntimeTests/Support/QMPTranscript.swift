import Foundation
@testable import QEMURuntime

/// A libvirt `.replies` file: request and reply objects in turn, split into sessions at each
/// `qmp_capabilities`.
struct QMPTranscript {
    struct Exchange {
        var request: QMPObject
        var reply: QMPObject

        var command: String { request["execute"]?.stringValue ?? "" }
    }

    var sessions: [[Exchange]]

    init(contentsOf url: URL) throws {
        var framer = QMPMessageFramer()
        let objects = try framer.append(Data(contentsOf: url)).map { try QMPValue(jsonData: $0).objectValue ?? [:] }
        var sessions: [[Exchange]] = []
        for index in stride(from: 0, to: objects.count - 1, by: 2) {
            let exchange = Exchange(request: objects[index], reply: objects[index + 1])
            if exchange.command == "qmp_capabilities" || sessions.isEmpty {
                sessions.append([])
            }
            sessions[sessions.count - 1].append(exchange)
        }
        self.sessions = sessions
    }
}
