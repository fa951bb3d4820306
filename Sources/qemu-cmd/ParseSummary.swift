import QEMUCommand

/// The human-readable listing `qemu-cmd parse` prints without `--json`.
enum ParseSummary {
    static func text(of commandLine: QEMUCommandLine) -> String {
        var lines: [String] = commandLine.environment.map { "env      \($0.entry)" }
        if let program = commandLine.program { lines.append("program  \(program)") }
        for item in commandLine.items {
            switch item {
            case .image(let path):
                lines.append("image    \(path)")
            case .option(let option):
                let kind = option.info == nil ? "unknown" : syntaxName(option.argument?.syntax, hasArgument: option.argument != nil)
                let argument = option.argument.map { " " + ShellQuoting.quote($0.text) } ?? ""
                lines.append("\(pad(option.spelling)) \(pad(kind, to: 9))\(argument)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func syntaxName(_ syntax: QEMUArgumentSyntaxTree?, hasArgument: Bool) -> String {
        guard hasArgument else { return "flag" }
        switch syntax {
        case nil: return "invalid"
        case .plain: return "plain"
        case .qemuOpts: return "qemuopts"
        case .keyval: return "keyval"
        case .json: return "json"
        case .legacyChardev: return "chardev"
        case .cpu: return "cpu"
        case .global: return "global"
        case .set: return "set"
        }
    }

    private static func pad(_ text: String, to width: Int = 16) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
