import ArgumentParser
import QEMUCXL

/// `qemu-cmd cxl build FILE`: a described topology as a command line for the target QEMU.
struct CXLBuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Turn a YAML or JSON topology description into a QEMU command line.",
        discussion: "The description format, every field and its default: docs/cxl-topology.md."
    )

    @Argument(help: ArgumentHelp("The description (.yaml, .yml or .json).", valueName: "file"))
    var file: String

    @OptionGroup var target: CXLTargetOptions
    @OptionGroup var output: CXLOutputOptions

    func run() async throws {
        var description = try CXLDescriptionFile.read(file)
        if let directory = target.backendDirectory { description.backendDirectory = directory }
        let program = target.program(defaultProgram: description.machine == "virt" ? "qemu-system-aarch64" : "qemu-system-x86_64")
        let version = try target.version(defaultProgram: program)
        let topology: CXLTopology
        do {
            topology = try CXLSynthesizer(version: version).synthesize(description)
        } catch {
            throw CXLCommandError("\(file): \(error.description)")
        }
        try output.print(topology, program: program, version: version)
    }
}
