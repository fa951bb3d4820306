import Foundation
import QEMUCommand

// Parses every libvirt corpus file with QEMUCommandLine.parse(shellText:fileName:) — shell words
// plus a syntax tree for every option argument — and, in the same run, times Python's shlex.split
// over the same files. Run it in release mode:
//
//     swift run -c release qemu-cmd-benchmark [CORPUS_DIR] [--iterations N]
//
// CORPUS_DIR defaults to $QEMU_CMD_SHARED/corpus/libvirt-11.3.0-args, or else
// ../shared/corpus/libvirt-11.3.0-args next to the package. See BENCHMARKS.md.

/// `value` with `digits` decimals.
func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}

/// Loads the corpus, times both sides and prints the report.
func run() throws(BenchmarkError) {
    let options = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if options.showsHelp {
        print(BenchmarkOptions.help)
        return
    }
    let files = try loadCorpus(options.corpus)
    let bytes = files.reduce(0) { $0 + $1.text.utf8.count }
    let megabytes = Double(bytes) / 1_000_000
    FileHandle.standardError.write(Data("timing qemu-cmd on \(files.count) files…\n".utf8))
    let swift = timeSwift(files, iterations: options.iterations)
    FileHandle.standardError.write(Data("timing python3 shlex.split…\n".utf8))
    let shlex = try timeShlex(corpus: options.corpus, iterations: options.iterations)
    guard shlex.files == files.count else {
        throw .python("it read \(shlex.files) files, qemu-cmd read \(files.count)")
    }
    let shlexTimes = PassTimes(seconds: shlex.seconds)
    let summary = swift.summary
    print("""
        corpus      \(options.corpus.path)
        files       \(files.count) (\(format(megabytes, 2)) MB), \(options.iterations) timed passes after one warm-up
                    MB per CPU second of the best pass (mean pass in brackets)
        qemu-cmd    \(rate(megabytes, swift.times))  \(summary.words) words, \(summary.trees) argument trees, \
        \(summary.errors) errors per pass
        shlex       \(rate(megabytes, shlexTimes))  \(shlex.words) words per pass
        ratio       \(format(shlexTimes.best / swift.times.best))x shlex.split (\(format(shlexTimes.mean / swift.times.mean))x)
        """)
}

/// `best MB/s (mean MB/s)`.
func rate(_ megabytes: Double, _ times: PassTimes) -> String {
    "\(format(megabytes / times.best)) MB/s (\(format(megabytes / times.mean)))"
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data((error.message + "\n").utf8))
    exit(error.exitCode)
}
