import Foundation
import Glibc
import Testing
@testable import QEMURuntime

/// Replays libvirt's recorded QMP conversations through `QMPClient` against a fake server.
@Suite struct QMPReplayTests {
    static let transcripts: [URL] = (try? SharedCorpus.qmpTranscripts()) ?? []

    @Test func corpusIsPresent() throws {
        #expect(try SharedCorpus.qmpTranscripts().count > 0)
    }

    @Test(arguments: transcripts)
    func replaysEveryExchange(of url: URL) async throws {
        let transcript = try QMPTranscript(contentsOf: url)
        for session in transcript.sessions {
            try await replay(session)
        }
    }

    @Test(arguments: transcripts)
    func decodesQueryVersionAndGreeting(of url: URL) async throws {
        let transcript = try QMPTranscript(contentsOf: url)
        let session = try #require(transcript.sessions.first)
        let recorded = try #require(session.first { $0.command == "query-version" }?.reply["return"])
        let server = try FakeQMPServer(
            greeting: Self.greeting(for: session), replies: session.filter { $0.command != "query-target" }.map(\.reply))
        let client = try await QMPClient.connect(fileDescriptor: server.clientDescriptor)
        let version = try await client.queryVersion()
        #expect(Int64(version.qemu.major) == recorded["qemu"]?["major"]?.intValue)
        #expect(Int64(version.qemu.minor) == recorded["qemu"]?["minor"]?.intValue)
        #expect(Int64(version.qemu.micro) == recorded["qemu"]?["micro"]?.intValue)
        #expect(version.package == recorded["package"]?.stringValue)
        #expect(await client.greeting?.version == version)
        #expect(version.qemu.major >= 6)
    }

    private func replay(_ session: [QMPTranscript.Exchange]) async throws {
        let server = try FakeQMPServer(greeting: Self.greeting(for: session), replies: session.map(\.reply))
        let client = try await QMPClient.connect(fileDescriptor: server.clientDescriptor)
        for exchange in session.dropFirst() {
            let arguments = exchange.request["arguments"]?.objectValue
            if let error = exchange.reply["error"] {
                let expected = QMPError.commandFailed(
                    command: exchange.command, errorClass: error["class"]?.stringValue ?? "",
                    description: error["desc"]?.stringValue ?? "")
                await #expect(throws: expected) { try await client.execute(exchange.command, arguments: arguments) }
            } else {
                let value = try await client.execute(exchange.command, arguments: arguments)
                #expect(value == exchange.reply["return"], "\(exchange.command)")
            }
        }
        #expect(server.receivedCommands == session.map(\.command))
    }

    /// A greeting carrying the session's `query-version` reply, as QEMU would send.
    static func greeting(for session: [QMPTranscript.Exchange]) -> QMPObject {
        let version = session.first { $0.command == "query-version" }?.reply["return"]
            ?? ["qemu": ["major": 0, "minor": 0, "micro": 0], "package": ""]
        return ["version": version, "capabilities": ["oob"]]
    }
}

/// The client's behaviour on a connection that QEMU (here a fake) closes.
@Suite struct QMPConnectionTests {
    static let greeting: QMPObject = [
        "version": ["qemu": ["major": 7, "minor": 2, "micro": 0], "package": ""], "capabilities": [],
    ]

    @Test func pendingCommandFailsAtOnceWhenTheSocketCloses() async throws {
        let server = try FakeQMPServer(greeting: Self.greeting, replies: [["return": [:]]], closeAfter: 2)
        let client = try await QMPClient.connect(fileDescriptor: server.clientDescriptor)
        let clock = ContinuousClock()
        let start = clock.now
        await #expect(throws: QMPError.connectionClosed(command: "query-status")) {
            _ = try await client.execute("query-status", timeout: .seconds(120))
        }
        #expect(clock.now - start < .seconds(10))
        await #expect(throws: QMPError.connectionClosed(command: "stop")) { try await client.stop() }
    }

    @Test func commandWithoutReplyTimesOut() async throws {
        let server = try FakeQMPServer(greeting: Self.greeting, replies: [["return": [:]]])
        let client = try await QMPClient.connect(fileDescriptor: server.clientDescriptor, defaultTimeout: .milliseconds(300))
        await #expect(throws: QMPError.timedOut(command: "query-status", after: .milliseconds(200))) {
            _ = try await client.execute("query-status", timeout: .milliseconds(200))
        }
        await #expect(throws: QMPError.timedOut(command: "stop", after: .milliseconds(300))) {
            try await client.stop()
        }
    }

    @Test func eventsArriveOnTheStreamWithTheirData() async throws {
        let event: QMPObject = [
            "event": "DEVICE_DELETED", "data": ["device": "rng0", "path": "/machine/peripheral/rng0"],
            "timestamp": ["seconds": 1, "microseconds": 2],
        ]
        let server = try FakeQMPServer(
            greeting: Self.greeting, replies: [["return": [:]], ["return": [:]]], events: [event])
        let client = try await QMPClient.connect(fileDescriptor: server.clientDescriptor)
        let events = client.events
        try await client.deviceDel(id: "rng0")
        var iterator = events.makeAsyncIterator()
        let received = await iterator.next()
        #expect(received == QMPEvent(
            name: "DEVICE_DELETED", data: ["device": "rng0", "path": "/machine/peripheral/rng0"],
            timestamp: QMPTimestamp(seconds: 1, microseconds: 2)))
    }

    @Test func greetingThatNeverComesTimesOut() async throws {
        var descriptors: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0)
        defer { close(descriptors[1]) }
        await #expect(throws: QMPError.timedOut(command: "greeting", after: .milliseconds(300))) {
            _ = try await QMPClient.connect(fileDescriptor: descriptors[0], timeout: .milliseconds(300))
        }
    }
}
