import Foundation

/// What the command line asked for.
struct BenchmarkOptions {
    var corpus: URL
    var iterations = 20
    var showsHelp = false

    static let usage = "usage: qemu-cmd-benchmark [CORPUS_DIR] [--iterations N]"

    static let help = """
        \(usage)

        Parses every *.args file of CORPUS_DIR with QEMUCommandLine.parse(shellText:fileName:) (words and
        a syntax tree for every option argument) and times Python's shlex.split over the same files in
        the same run. Build in release mode: swift run -c release qemu-cmd-benchmark.

          CORPUS_DIR        default: $QEMU_CMD_SHARED/corpus/libvirt-11.3.0-args, or
                            ../shared/corpus/libvirt-11.3.0-args beside the package
          --iterations N    timed passes per side after one warm-up pass (default 20)
        """

    static func parse(_ arguments: [String]) throws(BenchmarkError) -> BenchmarkOptions {
        var options = BenchmarkOptions(corpus: defaultCorpus())
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--iterations":
                guard let value = remaining.popFirst(), let count = Int(value), count > 0 else {
                    throw .usage("--iterations needs a positive whole number")
                }
                options.iterations = count
            case "-h", "--help":
                options.showsHelp = true
            default:
                guard !argument.hasPrefix("-") else { throw .usage("unknown option '\(argument)'") }
                options.corpus = URL(fileURLWithPath: argument)
            }
        }
        return options
    }

    private static func defaultCorpus() -> URL {
        let shared = ProcessInfo.processInfo.environment["QEMU_CMD_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared")
        return shared.appendingPathComponent("corpus/libvirt-11.3.0-args")
    }
}
