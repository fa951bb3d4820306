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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read '\(path)': no such file or not readable")
        }
        return InputFile(name: path, text: String(decoding: data, as: UTF8.self))
    }
}
