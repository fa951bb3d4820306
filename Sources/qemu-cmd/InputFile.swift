import Foundation

/// A command-line input: a named file, or standard input for `-`.
struct InputFile {
    let name: String
    let text: String

    /// Reads `path`; `-` reads standard input.
    static func read(_ path: String) throws -> InputFile {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return InputFile(name: "-", text: String(decoding: data, as: UTF8.self))
        }
        // A FileHandle also reads pipes such as `<(…)` (/dev/fd/N), which FileManager cannot.
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            throw UsageError("cannot read '\(path)': no such file or not readable")
        }
        return InputFile(name: path, text: String(decoding: data, as: UTF8.self))
    }
}
