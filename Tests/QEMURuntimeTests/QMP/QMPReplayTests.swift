import Foundation
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
