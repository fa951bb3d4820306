import ArgumentParser
import Foundation
import QEMUCommand

/// `qemu-cmd build`: turn a machine description into a command line.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Turn a machine description (YAML or JSON) into a QEMU command line.",
        discussion: """
            A description lists the machine's parts by member: machine, memory, smp, cpu, \
            objects, devices, netdevs, drives, flags, … (docs/machine-description.md). \
            'extends: base.yaml' starts from another description; the file then only says what \
            differs: mappings merge key by key, list entries with the same id merge, \
            '$remove: true' deletes an entry, and 'key: null' removes a key.

            Examples:
              qemu-cmd build examples/vm-base.yaml
              qemu-cmd build examples/vm-numa.yaml --argv | xargs -0 ...
              qemu-cmd build examples/vm-cxl.yaml --json | jq .argv
            """)

    @Flag(name: .long, help: "Print the argv (program first), each word followed by a NUL byte.")
    var argv = false

    @Flag(name: .long, help: "Print {\"argv\": [...], \"shell\": \"...\"} as JSON.")
    var json = false

    @Argument(help: "The description: a .yaml, .yml or .json file.")
    var file: String

    func validate() throws {
        if json && argv { throw ValidationError("--json and --argv cannot be used together") }
    }

    func run() throws {
        let machine: QEMUVirtualMachine
        do {
            machine = try QEMUMachineDescription.load(path: file, readFile: Self.read)
        } catch {
            Terminal.writeError(DiagnosticRenderer(usesColor: Terminal.stderrUsesColor).render(error, source: nil, fileName: file))
            throw ExitCode(1)
        }
        if argv {
            Terminal.write(machine.argv.map { $0 + "\0" }.joined())
        } else if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Output(argv: machine.argv, shell: machine.shellText))
            Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            Terminal.write(machine.shellText)
        }
    }

    /// What `--json` prints.
    private struct Output: Encodable {
        var argv: [String]
        var shell: String
    }

    /// Reads a description file (also those named by `extends:`).
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("no such file or not readable")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
