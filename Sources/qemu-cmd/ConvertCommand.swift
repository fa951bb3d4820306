import ArgumentParser
import Foundation
import QEMUCommand

/// `qemu-cmd convert`: move a machine between shell text, descriptions and `-readconfig` files.
struct ConvertCommand: ParsableCommand {
    /// The forms `convert` writes.
    enum Form: String, ExpressibleByArgument, CaseIterable {
        case shell, json, yaml, readconfig
    }

    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a machine between shell text, JSON/YAML descriptions and -readconfig files.",
        discussion: """
            FILE is a command line (shell text), a description (.yaml, .yml, .json) or a \
            -readconfig file (.cfg, .conf, .ini, or text whose first setting line is a [group] \
            header).

            --to readconfig writes the options -readconfig can hold (devices, objects, drives, \
            netdevs, chardevs, -machine, -m, -smp, -boot, …) as INI; its first comment lines give \
            the command line to start it with. Options it cannot hold (a key given twice, a value \
            with '"', nested JSON) stay on that command line; a note on standard error says why.

            Examples:
              qemu-cmd convert --to yaml vm.sh > vm.yaml
              qemu-cmd convert --to readconfig --config-path /etc/vm/vm.cfg vm.sh > vm.cfg
              qemu-cmd convert --to shell vm.cfg
            """)

    @Option(name: .long, help: "The form to write: \(Form.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: Form

    @Option(name: .long, help: "With --to readconfig: the path the command line gives -readconfig.")
    var configPath = "vm.cfg"

    @Option(name: .long, help: "With a -readconfig input: the program to start it with.")
    var program = "qemu-system-x86_64"

    @Argument(help: "The machine: shell text, a description or a -readconfig file; '-' for standard input.")
    var file: String

    func run() throws {
        let input = try InputFile.read(file)
        let commandLine: QEMUCommandLine
        do {
            commandLine = try read(input)
        } catch let diagnostic as Diagnostic {
            Terminal.writeError(DiagnosticRenderer(usesColor: Terminal.stderrUsesColor).render(diagnostic, source: SourceText(input.text, fileName: input.name), fileName: input.name))
            throw ExitCode(1)
        }
        switch to {
        case .shell:
            Terminal.write(commandLine.shellText)
        case .json, .yaml:
            Terminal.write(try QEMUMachineDescription.text(of: QEMUVirtualMachine(commandLine), json: to == .json))
        case .readconfig:
            try writeReadConfig(commandLine)
        }
    }

    private func read(_ input: InputFile) throws -> QEMUCommandLine {
        let lowered = input.name.lowercased()
        if [".yaml", ".yml", ".json"].contains(where: lowered.hasSuffix) {
            return try QEMUMachineDescription.load(path: input.name, readFile: BuildCommand.read).commandLine
        }
        if [".cfg", ".conf", ".ini"].contains(where: lowered.hasSuffix) || Self.looksLikeReadConfig(input.text) {
            let file = try QEMUConfigFile(parsing: input.text, fileName: input.name)
            let options = try QEMUConfigConversion.options(from: file, fileName: input.name)
            return QEMUCommandLine(program: program, items: options.map(QEMUCommandLineItem.option))
        }
        let result = QEMUCommandLine.parse(shellText: input.text, fileName: input.name)
        if DiagnosticReport.print(result, input: input) { throw ExitCode(1) }
        return result.commandLine
    }

    /// The first line that is neither empty nor a comment starts with `[`.
    private static func looksLikeReadConfig(_ text: String) -> Bool {
        text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }?.hasPrefix("[") == true
    }

    private func writeReadConfig(_ commandLine: QEMUCommandLine) throws {
        let split = QEMUConfigConversion.split(commandLine, configPath: configPath)
        for problem in split.kept {
            Terminal.writeError("note: '\(problem.option.words.joined(separator: " "))' stays on the command line: \(problem.reason)\n")
        }
        var file = try QEMUConfigFile(sections: split.sections)
        let start = QEMUCommandLineFormatter.singleLine(split.commandLine)
        if !start.contains("\n") { file.lines.insert(QEMUConfigLine(text: "# start with: " + start, kind: .comment), at: 1) }
        Terminal.write(file.text)
    }
}
