import Foundation
import QEMUCommand
import Testing
import Yams

/// Acceptance 1: every libvirt command line reads into the typed model and prints back unchanged,
/// also after a trip through JSON and YAML.
@Suite("Typed model on the libvirt corpus")
struct TypedModelCorpusTests {
    private static func commandLines() throws -> [(name: String, commandLine: QEMUCommandLine)] {
        try SharedCorpus.libvirtFiles().map { file in
            let text = try String(contentsOf: file, encoding: .utf8)
            return (file.lastPathComponent, QEMUCommandLine.parse(shellText: text, fileName: file.lastPathComponent).commandLine)
        }
    }

    @Test("typed parse → print gives the input argv for every file")
    func printsInputArgv() throws {
        let files = try Self.commandLines()
        #expect(files.count > 1000)
        for (name, commandLine) in files {
            let model = QEMUVirtualMachine(commandLine)
            let same = model.argv == commandLine.argv
            #expect(same, "\(name): \(model.argv.count) words printed")
        }
    }

    @Test("typed parse → JSON → decode → print gives the input argv for every file")
    func jsonRoundTrip() throws {
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        for (name, commandLine) in try Self.commandLines() {
            let model = QEMUVirtualMachine(commandLine)
            let decoded = try decoder.decode(QEMUVirtualMachine.self, from: try encoder.encode(model))
            let sameArgv = decoded.argv == commandLine.argv
            let sameModel = decoded == model
            #expect(sameArgv, "\(name)")
            #expect(sameModel, "\(name)")
        }
    }

    @Test("typed parse → YAML → decode → print gives the input argv")
    func yamlRoundTrip() throws {
        for (name, commandLine) in try Self.commandLines().prefix(150) {
            let model = QEMUVirtualMachine(commandLine)
            let yaml = try YAMLEncoder().encode(model)
            let decoded = try YAMLDecoder().decode(QEMUVirtualMachine.self, from: yaml)
            let same = decoded.argv == commandLine.argv
            #expect(same, "\(name)")
        }
    }

    @Test("most corpus options read into a typed family")
    func optionsAreTyped() throws {
        var typed = 0
        var untyped: [String: Int] = [:]
        for (_, commandLine) in try Self.commandLines() {
            for item in QEMUVirtualMachine(commandLine).items {
                if case .untyped(let option) = item {
                    untyped[option.name, default: 0] += 1
                } else {
                    typed += 1
                }
            }
        }
        let untypedCount = untyped.values.reduce(0, +)
        #expect(untypedCount * 100 < typed, "untyped options: \(untyped.sorted { $0.value > $1.value }.prefix(10))")
    }
}
