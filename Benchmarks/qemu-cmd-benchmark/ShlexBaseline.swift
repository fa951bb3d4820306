import Foundation

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
