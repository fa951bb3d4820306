import Foundation

extension SharedCorpus {
    /// A corpus file as text; throws a clear error when the corpus is absent.
    static func text(_ relativePath: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CorpusMissing(path: url.path) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The files of a corpus directory whose names end in `suffix`, sorted.
    static func files(in relativePath: String, suffix: String) throws -> [URL] {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CorpusMissing(path: url.path) }
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(suffix) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
