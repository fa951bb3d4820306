import ArgumentParser
import Foundation
import QEMUCommand

/// `qemu-cmd parse`: read command lines and show what QEMU would see.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read QEMU command lines and show how QEMU reads them.",
        discussion: """
            Each FILE holds one QEMU command as shell text (an environment prefix, the program, \
            then options; '\\' continuations and '#' comments are fine). '-' reads standard input.

            Without options, prints one line per option: its spelling, the syntax QEMU reads its \
            argument with (qemuopts, keyval, json, plain, …) and the argument.

            Examples:
              qemu-cmd parse vm.sh
              qemu-cmd parse --json vm.sh | jq '.items[] | select(.option == "-M") | .value'
              qemu-cmd parse --json vm.sh | jq '.machine.cxlFixedMemoryWindows, .memory.size'
              qemu-cmd parse --argv vm.sh | xargs -0 printf '[%s]\\n'
            """)

    @Flag(name: .long, help: "Print the command line, every argument's syntax tree and the typed model (machine, memory, devices, …) as JSON.")
    var json = false

    @Flag(name: .long, help: "Print the argv QEMU receives (program first), each word followed by a NUL byte.")
    var argv = false

    @Argument(help: "Files holding QEMU command lines, or '-' for standard input.")
    var files: [String]

    func validate() throws {
        if json && argv { throw ValidationError("--json and --argv cannot be used together") }
        if files.isEmpty { throw ValidationError("give at least one FILE, or '-' for standard input") }
    }

    func run() throws {
        var foundErrors = false
        var documents: [QEMUTypedParseDocument] = []
        for path in files {
            let input = try InputFile.read(path)
            let result = QEMUCommandLine.parse(shellText: input.text, fileName: input.name)
            if DiagnosticReport.print(result, input: input) { foundErrors = true }
            if json {
                documents.append(QEMUTypedParseDocument(result))
            } else if argv {
                Terminal.write(result.commandLine.argv.map { $0 + "\0" }.joined())
            } else {
                Terminal.write(ParseSummary.text(of: result.commandLine))
            }
        }
        if json { try writeJSON(documents) }
        if foundErrors { throw ExitCode(1) }
    }

    private func writeJSON(_ documents: [QEMUTypedParseDocument]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = documents.count == 1 ? try encoder.encode(documents[0]) : try encoder.encode(documents)
        Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
