import Foundation

/// Option arguments picked out of the libvirt corpus lines (`-opt ARG \`) without a shell.
enum LibvirtArguments {
    /// Every JSON argument of `-device`, `-object`, `-blockdev`, `-netdev` and `-audiodev`, with
    /// the shell's single quotes removed.
    static func json() throws -> [String] {
        let prefixes = ["-device '{", "-object '{", "-blockdev '{", "-netdev '{", "-audiodev '{"]
        return try lines().compactMap { line in
            guard prefixes.contains(where: { line.hasPrefix($0) }), let open = line.firstIndex(of: "'") else { return nil }
            let rest = line[line.index(after: open)...]
            return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
        }
    }

    /// The arguments of `options` that are one shell word: bare, or in plain single quotes.
    static func arguments(of options: [String]) throws -> [String] {
        try lines().compactMap { line in
            guard let space = line.firstIndex(of: " "), options.contains(String(line[..<space])) else { return nil }
            var argument = line[line.index(after: space)...]
            if argument.hasSuffix(" \\") { argument = argument.dropLast(2) }
            let isQuoted = argument.count >= 2 && argument.hasPrefix("'") && argument.hasSuffix("'")
            if isQuoted { argument = argument.dropFirst().dropLast() }
            if argument.contains(where: { "'\"\\".contains($0) }) || (!isQuoted && argument.contains(" ")) { return nil }
            return String(argument)
        }
    }

    private static func lines() throws -> [Substring] {
        try SharedCorpus.libvirtFiles().flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        }
    }
}
