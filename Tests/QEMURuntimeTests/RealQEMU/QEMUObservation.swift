import Foundation
import QEMURuntime

/// What a running QEMU reports for a list of QMP queries, for comparing two command lines.
struct QEMUObservation: Hashable, Sendable {
    /// One thing to ask: a `qom-get`, a QMP command, or an HMP command.
    enum Query: Hashable, Sendable, CustomStringConvertible {
        case property(path: String, name: String)
        case command(String)
        case monitor(String)

        var description: String {
            switch self {
            case .property(let path, let name): "qom-get \(path) \(name)"
            case .command(let name): name
            case .monitor(let line): "hmp \(line)"
            }
        }
    }

    /// Each query's answer as canonical JSON text (or the monitor's text).
    var answers: [String: String]

    static func observe(_ queries: [Query], on client: QMPClient) async throws -> QEMUObservation {
        var answers: [String: String] = [:]
        for query in queries {
            switch query {
            case .property(let path, let name):
                answers[query.description] = try text(await client.qomGet(path: path, property: name))
            case .command(let name):
                answers[query.description] = try text(await client.execute(name))
            case .monitor(let line):
                answers[query.description] = try await client.humanMonitorCommand(line)
            }
        }
        return QEMUObservation(answers: answers)
    }

    /// Canonical JSON, with QEMU's generated node names (`#block123`) made equal: they count up
    /// across the whole process and say nothing about the machine.
    private static func text(_ value: QMPValue) throws -> String {
        let json = String(decoding: try value.jsonData(), as: UTF8.self)
        return json.replacing(#/#block[0-9]+/#, with: "#block")
    }
}
