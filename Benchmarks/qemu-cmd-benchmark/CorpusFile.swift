import Foundation

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
