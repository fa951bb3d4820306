import Foundation

/// Finds the shared libraries (and the dynamic loader) a program needs, from `ldd` run as an argv.
public struct SharedLibraryResolver: Sendable {
    /// The host program runner.
    public var tool: HostTool

    /// A resolver using `tool` to run `ldd`.
    public init(tool: HostTool = HostTool()) {
        self.tool = tool
    }

    /// Absolute paths of the libraries `program` loads; empty for a static program.
    public func libraries(of program: String) throws -> [String] {
        let result = try tool.run(["ldd", program], installHint: "install libc-bin")
        guard result.status == 0 else { return [] }
        return Self.libraries(fromLDDOutput: String(decoding: result.standardOutput, as: UTF8.self))
    }

    /// Parses `ldd` output: `libx.so.1 => /lib/libx.so.1 (0x…)` and `/lib64/ld-linux-x86-64.so.2 (0x…)` lines.
    public static func libraries(fromLDDOutput text: String) -> [String] {
        var paths: [String] = []
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if let arrow = words.firstIndex(of: "=>"), arrow + 1 < words.count, words[arrow + 1].hasPrefix("/") {
                paths.append(words[arrow + 1])
            } else if let first = words.first, first.hasPrefix("/") {
                paths.append(first)
            }
        }
        return paths
    }
}
