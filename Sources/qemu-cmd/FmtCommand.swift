import ArgumentParser
import Foundation
import QEMUCommand

/// `qemu-cmd fmt`: print command lines in the canonical layout.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Print QEMU command lines in a canonical layout that keeps argv exactly.",
        discussion: """
            The layout: environment assignments, the program, then one option and its argument \
            per line, joined with ' \\' continuations. Words are quoted only where the shell needs \
            it, with single quotes. Without --normalize the argv QEMU receives never changes: fmt is safe on any script.

            --normalize also rewrites what QEMU reads the same way into one canonical form: \
            short booleans become key=on/off, -M becomes -machine, and repeated -machine, -smp, \
            -boot and -m options become one (a list stays in one argument). Each rewrite is \
            checked against QEMU 7.2 in the test suite.

            Examples:
              qemu-cmd fmt vm.sh
              qemu-cmd fmt --normalize vm.sh
              qemu-cmd fmt --write vm.sh other.sh
              pbpaste | qemu-cmd fmt -
            """)

    @Flag(name: .long, help: "Also rewrite into canonical form: key=on/off, -machine, repeated options merged.")
    var normalize = false

    @Flag(name: .long, help: "Rewrite each FILE in place instead of printing it.")
    var write = false

    @Argument(help: "Files holding QEMU command lines, or '-' for standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE, or '-' for standard input") }
        if write && files.contains("-") { throw ValidationError("--write cannot rewrite standard input ('-')") }
    }

    func run() throws {
        var foundErrors = false
        for path in files {
            let input = try InputFile.read(path)
            let result = QEMUCommandLine.parse(shellText: input.text, fileName: input.name)
            if DiagnosticReport.print(result, input: input) {
                foundErrors = true
                continue
            }
            let commandLine = normalize ? QEMUNormalizer().normalize(result.commandLine) : result.commandLine
            let formatted = QEMUCommandLineFormatter.canonical(commandLine)
            if write {
                if formatted != input.text { try Data(formatted.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) }
            } else {
                Terminal.write(formatted)
            }
        }
        if foundErrors { throw ExitCode(1) }
    }
}
