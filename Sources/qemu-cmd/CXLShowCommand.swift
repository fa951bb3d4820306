import ArgumentParser
import Foundation
import QEMUCXL

/// `qemu-cmd cxl show FILE`: draw a topology as a tree, Graphviz DOT or SVG.
struct CXLShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Draw a CXL topology: host bridge → root port → switch → device, and windows.",
        discussion: """
            FILE is a description (.yaml, .yml, .json) or a preset name. The tree shows sizes, serial \
            numbers, windows and the devices each window interleaves. --dot prints Graphviz; --svg \
            renders it with Graphviz's `dot`.
            """
    )

    @Argument(help: ArgumentHelp("A description file or a preset name.", valueName: "file"))
    var file: String

    @Flag(help: "Print Graphviz DOT instead of the tree.")
    var dot = false

    @Option(help: ArgumentHelp("Write an SVG drawing to this file (needs Graphviz's dot).", valueName: "file"))
    var svg: String?

    @OptionGroup var target: CXLTargetOptions

    func run() async throws {
        let topology = try loadTopology()
        if let svg {
            try CXLSVGExport.write(CXLDotRenderer(topology: topology).render(), to: svg)
            FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
        } else if dot {
            FileHandle.standardOutput.write(Data(CXLDotRenderer(topology: topology).render().utf8))
        } else {
            FileHandle.standardOutput.write(Data(CXLTreeTextRenderer(topology: topology).render().utf8))
        }
    }

    private func loadTopology() throws -> CXLTopology {
        let description: CXLTopologyDescription
        if CXLDescriptionFile.isDescription(file) {
            description = try CXLDescriptionFile.read(file)
        } else if let preset = CXLPreset(rawValue: file) {
            description = preset.topologyDescription
        } else {
            throw CXLCommandError("'\(file)' is neither a .yaml/.yml/.json description nor a preset (\(CXLPreset.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let version = try target.version(defaultProgram: description.machine == "virt" ? "qemu-system-aarch64" : "qemu-system-x86_64")
        do {
            return try CXLSynthesizer(version: version).synthesize(description)
        } catch {
            throw CXLCommandError("\(file): \(error.description)")
        }
    }
}
