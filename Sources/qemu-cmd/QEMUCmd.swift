import ArgumentParser
import Foundation

/// The `qemu-cmd` command: typed, checked and reproducible QEMU command lines.
@main
struct QEMUCmd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qemu-cmd",
        abstract: "Parse, format, check, build and run QEMU command lines.",
        discussion: """
            qemu-cmd reads QEMU command lines exactly as QEMU reads them (shell text or argv), \
            keeps everything you wrote, and prints it back argv-exact or canonically formatted.

            Exit status: 0 when all is well, 1 when problems were found in the input, 2 on a \
            usage error.
            """,
        version: "0.1.0",
        subcommands: [
            ParseCommand.self,
            FmtCommand.self,
            BuildCommand.self,
            ConvertCommand.self,
            CXLCommand.self,
            RunCommand.self,
            QMPCommand.self,
            CheckCommand.self,
            ProbeCommand.self,
            BootCommand.self,
        ]
    )

    /// Runs the command, mapping usage errors to exit status 2 as the guide promises.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UsageError {
            Terminal.writeError("qemu-cmd: error: \(error.description)\n")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.writeError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
