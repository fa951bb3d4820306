import Foundation
import Testing

/// Files the CXL tests read in place: the package's examples and the shared fact sheets.
enum CXLTestFiles {
    /// The package root, derived from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shared directory: `QEMU_CMD_SHARED`, else `<package root>/../shared`.
    static var sharedRoot: URL {
        if let path = ProcessInfo.processInfo.environment["QEMU_CMD_SHARED"] { return URL(fileURLWithPath: path) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The text of a file under the shared directory; the test fails with a clear message when it is absent.
    static func shared(_ relativePath: String) throws -> String {
        let url = sharedRoot.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("shared file \(url.path) is missing; set QEMU_CMD_SHARED to the shared directory")
            throw CocoaError(.fileNoSuchFile)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of `examples/cxl/<name>.yaml`.
    static func example(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("examples/cxl/\(name).yaml"), encoding: .utf8)
    }

    /// The fenced code blocks of cxl-examples.md, each with the `## ` heading above it.
    static func specExamples() throws -> [(heading: String, text: String)] {
        var result: [(String, String)] = []
        var heading = ""
        var block: [Substring]?
        for line in try shared("spec/cxl-examples.md").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { heading = String(line.dropFirst(3)) }
            if line.hasPrefix("```") {
                if let lines = block {
                    result.append((heading, lines.joined(separator: "\n")))
                    block = nil
                } else {
                    block = []
                }
            } else if block != nil {
                block?.append(line)
            }
        }
        return result
    }
}
