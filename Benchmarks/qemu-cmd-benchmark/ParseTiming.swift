import Foundation
import QEMUCommand

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
