import Foundation
import Testing
@testable import QEMURuntime

/// The typed CXL commands send exactly the arguments of the examples in shared/spec/cxl.md, which
/// QEMU accepted, and fit the QAPI schema QEMU 10.0 reports.
@Suite struct QMPCXLCommandTests {
    /// The spec's example requests, by command name.
    static func specExamples() throws -> [String: QMPObject] {
        let url = SharedCorpus.root.appendingPathComponent("spec/cxl.md")
        let text = try #require(try? String(contentsOf: url, encoding: .utf8), "missing \(url.path)")
        var examples: [String: QMPObject] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("{ \"execute\": \"cxl-") {
            let request = try QMPValue(jsonData: Data(line.utf8))
            if let command = request["execute"]?.stringValue, let arguments = request["arguments"]?.objectValue {
                examples[command] = arguments
            }
        }
        return examples
    }

    static let path = "/machine/peripheral/cxl-pmem0"

    static let schema = Result {
        try QAPISchema(transcript: SharedCorpus.root.appendingPathComponent("corpus/qmp-replies/caps_10.0.0_x86_64.replies"))
    }

    /// Sends one typed command to a fake QEMU and returns the arguments it received.
    private func sentArguments(_ send: (QMPClient) async throws -> Void) async throws -> QMPObject? {
        let server = try FakeQMPServer(
            greeting: QMPConnectionTests.greeting, replies: [["return": [:]], ["return": [:]]])
        let client = try await QMPClient.connect(fileDescriptor: server.clientDescriptor)
        try await send(client)
        let request = try #require(server.receivedRequests.last)
        let arguments = try #require(request["arguments"]?.objectValue)
        let command = try #require(request["execute"]?.stringValue)
        #expect(try Self.schema.get().problems(command: command, arguments: arguments) == [])
        return arguments
    }

    @Test func schemaCheckRejectsWrongShapes() throws {
        let problems = try Self.schema.get().problems(
            command: "cxl-inject-correctable-error", arguments: ["path": 1, "type": "no-such-type", "bogus": true])
        #expect(problems.contains("cxl-inject-correctable-error: unknown member 'bogus'"))
        #expect(problems.contains { $0.hasPrefix("cxl-inject-correctable-error.path: ") })
        #expect(problems.contains { $0.hasPrefix("cxl-inject-correctable-error.type: ") })
        let missing = try Self.schema.get().problems(command: "cxl-inject-poison", arguments: ["path": "/x"])
        #expect(missing.contains("cxl-inject-poison: missing required member 'start'"))
    }

    @Test func poison() async throws {
        let sent = try await sentArguments {
            try await $0.cxlInjectPoison(CXLPoisonInjection(path: Self.path, start: 2048, length: 256))
        }
        #expect(sent == (try Self.specExamples()["cxl-inject-poison"]))
    }

    @Test func generalMediaEvent() async throws {
        let event = CXLGeneralMediaEvent(
            path: Self.path, log: .informational, flags: 1, dpa: 1000, descriptor: 3, type: 3, transactionType: 192,
            channel: 3, device: 5, componentID: "iras mem")
        let sent = try await sentArguments { try await $0.cxlInjectGeneralMediaEvent(event) }
        #expect(sent == (try Self.specExamples()["cxl-inject-general-media-event"]))
    }

    @Test func dramEvent() async throws {
        let event = CXLDRAMEvent(
            path: Self.path, log: .informational, flags: 1, dpa: 1000, descriptor: 3, type: 3, transactionType: 192,
            channel: 3, rank: 17, nibbleMask: 37_421_234, bankGroup: 7, bank: 11, row: 2, column: 77,
            correctionMask: [33, 44, 55, 66])
        let sent = try await sentArguments { try await $0.cxlInjectDRAMEvent(event) }
        #expect(sent == (try Self.specExamples()["cxl-inject-dram-event"]))
    }

    @Test func memoryModuleEvent() async throws {
        let event = CXLMemoryModuleEvent(
            path: Self.path, log: .informational, flags: 1, type: 3, healthStatus: 3, mediaStatus: 7,
            additionalStatus: 33, lifeUsed: 30, temperature: -15, dirtyShutdownCount: 233,
            correctedVolatileErrorCount: 33, correctedPersistentErrorCount: 3)
        let sent = try await sentArguments { try await $0.cxlInjectMemoryModuleEvent(event) }
        #expect(sent == (try Self.specExamples()["cxl-inject-memory-module-event"]))
    }

    @Test func uncorrectableErrors() async throws {
        let errors = [
            CXLUncorrectableError(type: .cacheAddressParity, header: [3, 4]),
            CXLUncorrectableError(type: .internal, header: [1, 2, 4]),
        ]
        let sent = try await sentArguments { try await $0.cxlInjectUncorrectableErrors(path: Self.path, errors: errors) }
        #expect(sent == (try Self.specExamples()["cxl-inject-uncorrectable-errors"]))
    }

    @Test func correctableError() async throws {
        let sent = try await sentArguments { try await $0.cxlInjectCorrectableError(path: Self.path, type: .physical) }
        #expect(sent == (try Self.specExamples()["cxl-inject-correctable-error"]))
    }

    @Test func addDynamicCapacity() async throws {
        let request = CXLDynamicCapacityAdd(
            path: "/machine/peripheral/cxl-dcd0", region: 0,
            extents: [
                CXLDynamicCapacityExtent(offset: 0, length: 134_217_728),
                CXLDynamicCapacityExtent(offset: 134_217_728, length: 134_217_728),
            ])
        let sent = try await sentArguments { try await $0.cxlAddDynamicCapacity(request) }
        #expect(sent == (try Self.specExamples()["cxl-add-dynamic-capacity"]))
    }

    @Test func releaseDynamicCapacityUsesQAPINames() async throws {
        let request = CXLDynamicCapacityRelease(
            path: "/machine/peripheral/cxl-dcd0", region: 0, extents: [CXLDynamicCapacityExtent(offset: 0, length: 64)])
        let sent = try await sentArguments { try await $0.cxlReleaseDynamicCapacity(request) }
        #expect(sent == [
            "path": "/machine/peripheral/cxl-dcd0", "host-id": 0, "removal-policy": "prescriptive", "region": 0,
            "extents": [["offset": 0, "len": 64]],
        ])
    }
}
