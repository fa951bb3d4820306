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

/// What the command line asked for.
struct BenchmarkOptions {
    var corpus: URL
    var iterations = 20

    static let usage = "usage: qemu-cmd-benchmark [CORPUS_DIR] [--iterations N]"

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
                throw .usage("parses the libvirt corpus and compares with Python's shlex.split")
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

/// Why the benchmark could not run.
enum BenchmarkError: Error {
    case usage(String)
    case corpus(String)
    case python(String)

    var exitCode: Int32 {
        if case .usage = self { return 2 }
        return 1
    }

    var message: String {
        switch self {
        case .usage(let text): "qemu-cmd-benchmark: \(text)\n\(BenchmarkOptions.usage)"
        case .corpus(let text): "qemu-cmd-benchmark: \(text)"
        case .python(let text): "qemu-cmd-benchmark: python3 shlex baseline failed: \(text)"
        }
    }
}

/// One corpus file, read once before timing starts.
struct CorpusFile {
    var name: String
    var text: String
}

/// Loads every `*.args` file of the corpus directory, sorted by name.
func loadCorpus(_ directory: URL) throws(BenchmarkError) -> [CorpusFile] {
    let names: [String]
    do {
        names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".args") }.sorted()
    } catch {
        throw .corpus("cannot list \(directory.path): set QEMU_CMD_SHARED or pass CORPUS_DIR")
    }
    guard !names.isEmpty else { throw .corpus("no .args files in \(directory.path)") }
    var files: [CorpusFile] = []
    for name in names {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .corpus("cannot read \(url.path)")
        }
        files.append(CorpusFile(name: name, text: String(decoding: data, as: UTF8.self)))
    }
    return files
}

/// What one pass over the corpus produced (printed, so the work cannot be optimised away).
struct PassSummary {
    var words = 0
    var trees = 0
    var errors = 0
}

/// Parses every file once: words, options, and a syntax tree for every option argument.
func parsePass(_ files: [CorpusFile]) -> PassSummary {
    var summary = PassSummary()
    for file in files {
        let result = QEMUCommandLine.parse(shellText: file.text, fileName: file.name)
        let commandLine = result.commandLine
        summary.words += commandLine.environment.count + (commandLine.program == nil ? 0 : 1)
        summary.words += commandLine.items.reduce(0) { $0 + ($1.option.map { $0.argument == nil ? 1 : 2 } ?? 1) }
        summary.trees += result.commandLine.options.count { $0.argument?.syntax != nil }
        summary.errors += result.diagnostics.count { $0.severity == .error }
    }
    return summary
}

/// The seconds each timed pass took.
struct PassTimes {
    var seconds: [Double]

    /// The fastest pass: the least disturbed by other work on the machine.
    var best: Double { seconds.min() ?? 0 }
    /// The mean over all passes.
    var mean: Double { seconds.isEmpty ? 0 : seconds.reduce(0, +) / Double(seconds.count) }
}

/// The CPU time this thread has used, in seconds: unlike wall time it does not count the time
/// other processes on a busy machine take from it.
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Times `iterations` passes after one warm-up pass; returns their CPU times and the last pass's summary.
func timeSwift(_ files: [CorpusFile], iterations: Int) -> (times: PassTimes, summary: PassSummary) {
    var summary = parsePass(files)
    var times = PassTimes(seconds: [])
    for _ in 0..<iterations {
        let start = threadCPUSeconds()
        summary = parsePass(files)
        times.seconds.append(threadCPUSeconds() - start)
    }
    return (times, summary)
}

/// The Python baseline: shlex.split over the same files, same warm-up and iterations, each pass
/// timed in Python by the CPU time of its thread.
let shlexProgram = """
    import json, pathlib, shlex, sys, time
    directory, iterations = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    texts = [p.read_text() for p in sorted(directory.glob("*.args"))]
    words = sum(len(shlex.split(t)) for t in texts)
    seconds = []
    for _ in range(iterations):
        start = time.thread_time()
        for t in texts:
            shlex.split(t)
        seconds.append(time.thread_time() - start)
    print(json.dumps({"files": len(texts), "words": words, "seconds": seconds}))
    """

/// The result the Python baseline prints.
struct ShlexTiming: Decodable {
    var files: Int
    var words: Int
    var seconds: [Double]
}

/// Runs the shlex baseline with python3 (found on PATH), from argv.
func timeShlex(corpus: URL, iterations: Int) throws(BenchmarkError) -> ShlexTiming {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", shlexProgram, corpus.path, String(iterations)]
    let output = Pipe()
    process.standardOutput = output
    do {
        try process.run()
    } catch {
        throw .python("cannot start python3 (\(error.localizedDescription))")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw .python("exit status \(process.terminationStatus)") }
    do {
        return try JSONDecoder().decode(ShlexTiming.self, from: data)
    } catch {
        throw .python("unexpected output \(String(decoding: data, as: UTF8.self))")
    }
}

func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}

func run() throws(BenchmarkError) {
    let options = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst()))
    let files = try loadCorpus(options.corpus)
    let bytes = files.reduce(0) { $0 + $1.text.utf8.count }
    let megabytes = Double(bytes) / 1_000_000
    FileHandle.standardError.write(Data("timing qemu-cmd on \(files.count) files…\n".utf8))
    let swift = timeSwift(files, iterations: options.iterations)
    FileHandle.standardError.write(Data("timing python3 shlex.split…\n".utf8))
    let shlex = try timeShlex(corpus: options.corpus, iterations: options.iterations)
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
