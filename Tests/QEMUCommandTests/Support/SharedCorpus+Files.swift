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

    /// Names from QEMU's `-device help` text (`name "cxl-type3", bus PCI, desc ...`).
    static func deviceHelpNames(_ text: String) -> Set<String> {
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("name \"") {
            let rest = line.dropFirst(6)
            if let end = rest.firstIndex(of: "\"") { names.insert(String(rest[..<end])) }
        }
        return names
    }
}
