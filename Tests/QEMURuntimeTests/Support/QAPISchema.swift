import Foundation
@testable import QEMURuntime

/// The QAPI schema a QEMU reported with `query-qmp-schema`, able to check command arguments.
struct QAPISchema {
    private var entities: [String: QMPObject]

    /// Reads the schema from the first `query-qmp-schema` reply of a `.replies` transcript.
    init(transcript url: URL) throws {
        let transcript = try QMPTranscript(contentsOf: url)
        let reply = transcript.sessions.joined().first { $0.command == "query-qmp-schema" }?.reply["return"]
        let list = reply?.arrayValue?.compactMap(\.objectValue) ?? []
        entities = Dictionary(list.map { ($0["name"]?.stringValue ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Problems with `arguments` for `command`; empty when QEMU would accept their shape.
    func problems(command: String, arguments: QMPObject) -> [String] {
        guard let entity = entities[command], let argumentType = entity["arg-type"]?.stringValue else {
            return ["\(command): not in the schema"]
        }
        return problems(.object(arguments), type: argumentType, at: command)
    }

    private func problems(_ value: QMPValue, type: String, at place: String) -> [String] {
        guard let entity = entities[type] else { return ["\(place): unknown type \(type)"] }
        switch entity["meta-type"]?.stringValue {
        case "object": return objectProblems(value, entity: entity, at: place)
        case "enum":
            let values = entity["values"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return value.stringValue.map(values.contains) == true ? [] : ["\(place): \(value) is not one of \(values)"]
        case "array":
            guard let elements = value.arrayValue, let elementType = entity["element-type"]?.stringValue else {
                return ["\(place): expected an array"]
            }
            return elements.enumerated().flatMap { problems($1, type: elementType, at: "\(place)[\($0)]") }
        case "builtin": return builtinProblems(value, jsonType: entity["json-type"]?.stringValue ?? "", at: place)
        default: return []
        }
    }

    private func objectProblems(_ value: QMPValue, entity: QMPObject, at place: String) -> [String] {
        guard let object = value.objectValue else { return ["\(place): expected an object"] }
        let members = entity["members"]?.arrayValue?.compactMap(\.objectValue) ?? []
        let byName = Dictionary(members.map { ($0["name"]?.stringValue ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var found = members.filter { $0["default"] == nil }.compactMap { $0["name"]?.stringValue }
            .filter { object[$0] == nil }.map { "\(place): missing required member '\($0)'" }
        for (key, member) in object {
            guard let type = byName[key]?["type"]?.stringValue else {
                found.append("\(place): unknown member '\(key)'")
                continue
            }
            found += problems(member, type: type, at: "\(place).\(key)")
        }
        return found
    }

    private func builtinProblems(_ value: QMPValue, jsonType: String, at place: String) -> [String] {
        let matches: Bool
        switch (jsonType, value) {
        case ("int", .int), ("int", .uint), ("number", .int), ("number", .uint), ("number", .double),
            ("string", .string), ("boolean", .bool), ("null", .null), ("value", _):
            matches = true
        default:
            matches = false
        }
        return matches ? [] : ["\(place): \(value) is not of JSON type \(jsonType)"]
    }
}
