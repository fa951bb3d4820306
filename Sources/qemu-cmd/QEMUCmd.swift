import ArgumentParser

/// The `qemu-cmd` command: typed, checked and reproducible QEMU command lines.
@main
struct QEMUCmd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qemu-cmd",
        abstract: "Parse, format, check, build and run QEMU command lines.",
        discussion: """
            qemu-cmd reads QEMU command lines exactly as QEMU reads them (shell text or argv), \
            keeps everything you wrote, and prints it back argv-exact or canonically formatted.
            """,
        version: "0.1.0",
        subcommands: [CXLCommand.self]
    )
}
