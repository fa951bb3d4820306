import Foundation
import QEMURuntime

/// Renders DOT to SVG with Graphviz's `dot`, run from argv.
enum CXLSVGExport {
    /// Writes the SVG for `dotText` to `path`; explains how to install Graphviz when `dot` is missing.
    static func write(_ dotText: String, to path: String) throws {
        guard let dot = HostTool().locate("dot") else {
            throw CXLCommandError(
                "Graphviz's 'dot' is not installed, so no SVG can be drawn; install it (Debian/Ubuntu: apt-get install graphviz, "
                    + "macOS: brew install graphviz) or use --dot and render elsewhere")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", "-o", path]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dotText.utf8))
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CXLCommandError("dot failed writing '\(path)': \(String(decoding: message, as: UTF8.self))")
        }
    }
}
