import Foundation
import Testing

/// Locates the shared corpus: `$QEMU_CMD_SHARED`, else `<package root>/../shared`.
enum SharedCorpus {
    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["QEMU_CMD_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The transcripts in `corpus/qmp-replies/`, failing the test clearly when the corpus is missing.
    static func qmpTranscripts() throws -> [URL] {
        let directory = root.appendingPathComponent("corpus/qmp-replies")
        let names = try #require(
            try? FileManager.default.contentsOfDirectory(atPath: directory.path),
            "shared corpus not found at \(directory.path); set QEMU_CMD_SHARED to the shared/ directory"
        )
        return names.filter { $0.hasSuffix(".replies") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
