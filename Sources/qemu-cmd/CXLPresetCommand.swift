import ArgumentParser
import QEMUCXL

extension CXLPreset: ExpressibleByArgument {}

/// `qemu-cmd cxl preset NAME`: a built-in topology as a command line for the target QEMU.
struct CXLPresetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preset",
        abstract: "Print the command line of a built-in CXL topology.",
        discussion: CXLPreset.helpList + "\n\nEach is also examples/cxl/<name>.yaml. A preset the target QEMU cannot run exits 1 naming the version needed."
    )

    @Argument(help: ArgumentHelp("The preset.", valueName: "name"))
    var preset: CXLPreset

    @OptionGroup var target: CXLTargetOptions
    @OptionGroup var output: CXLOutputOptions

    func run() async throws {
        let program = target.program(defaultProgram: "qemu-system-x86_64")
        let version = try target.version(defaultProgram: program)
        let topology: CXLTopology
        do {
            topology = try preset.topology(for: version, backendDirectory: target.backendDirectory)
        } catch {
            throw CXLCommandError("preset \(preset.rawValue): \(error.description)")
        }
        try output.print(topology, program: program, version: version)
    }
}
