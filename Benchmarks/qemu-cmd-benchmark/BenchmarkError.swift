/// Why the benchmark could not run.
enum BenchmarkError: Error {
    /// The command line is wrong.
    case usage(String)
    /// The corpus directory or one of its files cannot be read.
    case corpus(String)
    /// The Python baseline could not run or printed something unexpected.
    case python(String)

    /// 2 for a usage error, 1 otherwise.
    var exitCode: Int32 {
        if case .usage = self { return 2 }
        return 1
    }

    /// The line to print on standard error.
    var message: String {
        switch self {
        case .usage(let text): "qemu-cmd-benchmark: \(text)\n\(BenchmarkOptions.usage)"
        case .corpus(let text): "qemu-cmd-benchmark: \(text)"
        case .python(let text): "qemu-cmd-benchmark: python3 shlex baseline failed: \(text)"
        }
    }
}
