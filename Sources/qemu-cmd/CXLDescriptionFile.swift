import Foundation
import QEMUCXL

/// Reads a topology description from a `.yaml`, `.yml` or `.json` file.
enum CXLDescriptionFile {
    /// Whether `path` names a description rather than a command line.
    static func isDescription(_ path: String) -> Bool {
        [".yaml", ".yml", ".json"].contains { path.hasSuffix($0) }
    }

    /// The description in `path`; errors name the file and the field.
    static func read(_ path: String) throws -> CXLTopologyDescription {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CXLCommandError("cannot read '\(path)': no such file or not readable")
        }
        do {
            if path.hasSuffix(".json") { return try CXLTopologyDescription(json: data) }
            return try CXLTopologyDescription(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw CXLCommandError("\(path): \(error.description)")
        }
    }
}
