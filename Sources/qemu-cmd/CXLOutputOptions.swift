import ArgumentParser
import Foundation
import QEMUCXL
import QEMUCommand

/// How a built topology is printed: shell text (default), NUL-separated argv, or JSON.
struct CXLOutputOptions: ParsableArguments {
    @Flag(help: "Print the command line as NUL-separated argv words (program first) for tools.")
    var argv = false

    @Flag(help: "Print the topology and the facts a guest should show as JSON.")
    var json = false

    /// Prints `topology` for `version` with `program` as the first word.
    func print(_ topology: CXLTopology, program: String, version: QEMUVersion) throws {
        let arguments: [String]
        do {
            arguments = try topology.arguments(for: version)
        } catch {
            throw CXLCommandError(error.description)
        }
        for diagnostic in CXLChecker(version: version).check(topology) where diagnostic.severity >= .warning {
            Terminal.writeError("\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID ?? "cxl")]\n")
        }
        if json {
            let report = CXLBuildReport(
                qemuVersion: version.description, argv: [program] + arguments, topology: topology,
                memoryDevices: topology.memoryDeviceFacts)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(try encoder.encode(report) + Data("\n".utf8))
        } else if argv {
            Terminal.write(([program] + arguments).map { $0 + "\0" }.joined())
        } else {
            Terminal.write(CXLCommandLineText.text(program: program, arguments: arguments))
        }
    }
}

/// The `--json` output of `cxl preset` and `cxl build`.
struct CXLBuildReport: Encodable {
    var qemuVersion: String
    var argv: [String]
    var topology: CXLTopology
    var memoryDevices: [CXLMemoryDeviceFacts]
}
