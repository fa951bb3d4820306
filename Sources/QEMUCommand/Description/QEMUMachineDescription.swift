import Foundation
import Yams

/// A machine described as data (YAML or JSON), possibly `extends:` other descriptions.
///
/// The members are those of ``QEMUVirtualMachine``'s `Codable` form (`machine`, `memory`,
/// `devices`, …); `extends:` names one file or a list of files, relative to the describing file,
/// whose descriptions are merged first (mappings by key, lists of entries by `id`). See
/// docs/machine-description.md.
public enum QEMUMachineDescription {
    /// The member naming the descriptions a description builds on.
    public static let extendsKey = "extends"

    /// Reads the description at `path`, resolves `extends:` with `readFile`, and builds the machine.
    ///
    /// - Parameters:
    ///   - path: the description file, `.yaml`, `.yml` or `.json`.
    ///   - readFile: returns the text of a file path, or throws when it cannot be read.
    /// - Throws: a diagnostic naming the file, the place (line and column when known) and the fix.
    public static func load(path: String, readFile: (String) throws -> String) throws(Diagnostic) -> QEMUVirtualMachine {
        let node = try resolve(path: path, readFile: readFile, including: [])
        return try machine(from: node, fileName: path)
    }

    /// Builds a machine from description text that has no `extends:`.
    public static func machine(fromText text: String, fileName: String = "-") throws(Diagnostic) -> QEMUVirtualMachine {
        let node = try compose(text, fileName: fileName)
        if node.mapping?[extendsKey] != nil {
            throw problem("'extends' needs the description to be read from a file", fileName, node.mark)
        }
        return try machine(from: node, fileName: fileName)
    }

    /// The description of `machine`: its members without the item list and without the text
    /// each option was read from, so it reads like a hand-written description and can be extended.
    public static func text(of machine: QEMUVirtualMachine, json: Bool) throws -> String {
        guard case .mapping(var members)? = try Yams.compose(yaml: YAMLEncoder().encode(machine)) else { return "" }
        members["typedItems"] = nil
        let node = withoutWrittenText(.mapping(members))
        if json {
            let object: Any = try JSONSerialization.jsonObject(with: JSONEncoder().encode(YAMLDecoder().decode(JSONValue.self, from: node)))
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        return try Yams.serialize(node: node)
    }

    /// Drops `form.written` (and a `form` left empty) everywhere.
    private static func withoutWrittenText(_ node: Node) -> Node {
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                var value = withoutWrittenText(value)
                if key.string == "form", case .mapping(var form) = value {
                    form["written"] = nil
                    if form.isEmpty { continue }
                    value = .mapping(form)
                }
                pairs.append((key, value))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(withoutWrittenText), sequence.tag, sequence.style, sequence.mark))
        default:
            return node
        }
    }

    private static func resolve(path: String, readFile: (String) throws -> String, including: [String]) throws(Diagnostic) -> Node {
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
        if including.contains(canonical) {
            throw problem("'extends' loops: \((including + [canonical]).joined(separator: " → "))", path, nil)
        }
        let text: String
        do {
            text = try readFile(path)
        } catch {
            throw problem("cannot read the description: \(error)", path, nil, fix: "check the path (relative to the file that extends it)")
        }
        let node = try compose(text, fileName: path)
        guard var mapping = node.mapping else {
            throw problem("a description is a mapping of members (machine:, memory:, devices:, …)", path, node.mark)
        }
        guard let extends = mapping[extendsKey] else { return node }
        mapping[extendsKey] = nil
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        var merged: Node?
        for base in try basePaths(extends, fileName: path) {
            let basePath = base.hasPrefix("/") ? base : directory.appendingPathComponent(base).path
            let baseNode = try resolve(path: basePath, readFile: readFile, including: including + [canonical])
            if baseNode.mapping?["typedItems"] != nil {
                throw problem("\(base) holds 'typedItems', which a description extending it cannot change", path, extends.mark,
                              fix: "remove 'typedItems' from \(base) (qemu-cmd convert --to yaml writes descriptions without it)")
            }
            merged = merged.map { QEMUDescriptionMerge.merge($0, baseNode) } ?? baseNode
        }
        return merged.map { QEMUDescriptionMerge.merge($0, .mapping(mapping)) } ?? .mapping(mapping)
    }

    private static func basePaths(_ node: Node, fileName: String) throws(Diagnostic) -> [String] {
        if let path = node.string { return [path] }
        if let paths = node.sequence?.compactMap(\.string), paths.count == node.sequence?.count { return paths }
        throw problem("'extends' is a file name or a list of file names", fileName, node.mark)
    }

    private static func compose(_ text: String, fileName: String) throws(Diagnostic) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw problem("the description is empty", fileName, nil)
            }
            return node
        } catch let error as Diagnostic {
            throw error
        } catch let error as YamlError {
            throw problem("not valid YAML or JSON: \(error)", fileName, mark(of: error))
        } catch {
            throw problem("not valid YAML or JSON: \(error)", fileName, nil)
        }
    }

    /// Where a YAML syntax error is (Yams counts lines and columns from 1).
    private static func mark(of error: YamlError) -> Mark? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
        default: nil
        }
    }

    private static func machine(from node: Node, fileName: String) throws(Diagnostic) -> QEMUVirtualMachine {
        do {
            return try YAMLDecoder().decode(QEMUVirtualMachine.self, from: node)
        } catch let error as DecodingError {
            throw decodingProblem(error, fileName: fileName)
        } catch {
            throw problem("\(error)", fileName, nil)
        }
    }

    private static func decodingProblem(_ error: DecodingError, fileName: String) -> Diagnostic {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return problem("'\(path(context))' lacks the member '\(key.stringValue)'", fileName, nil, fix: "add '\(key.stringValue):'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return problem("'\(path(context))': \(context.debugDescription)", fileName, nil)
        @unknown default:
            return problem("\(error)", fileName, nil)
        }
    }

    private static func problem(_ message: String, _ fileName: String, _ mark: Mark?, fix: String? = nil) -> Diagnostic {
        let location = mark.map { SourceLocation(line: $0.line, column: $0.column, offset: 0) } ?? .start
        return .error("\(fileName): \(message)", at: location, rule: "description.invalid", fix: fix)
    }
}
