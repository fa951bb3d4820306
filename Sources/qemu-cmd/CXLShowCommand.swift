import ArgumentParser
import Foundation
import QEMUCXL
import QEMUCommand

/// `qemu-cmd cxl show FILE`: draw a topology as a tree, Graphviz DOT or SVG.
struct CXLShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Draw a CXL topology: host bridge → root port → switch → device, and windows.",
        discussion: """
            FILE is a description (.yaml, .yml, .json), a preset name, or a file holding a QEMU command \
            line (shell text), whose CXL topology is read back and checked (problems go to standard \
            error; --qemu-version adds the version rules). The tree shows sizes, serial \
            numbers, windows and the devices each window interleaves. --dot prints Graphviz; --svg \
            renders it with Graphviz's `dot`.
            """
    )

    @Argument(help: ArgumentHelp("A description, a preset name or a command-line file.", valueName: "file"))
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
            Terminal.writeError("wrote \(svg)\n")
        } else if dot {
            Terminal.write(CXLDotRenderer(topology: topology).render())
        } else {
            Terminal.write(CXLTreeTextRenderer(topology: topology).render())
        }
    }

    private func loadTopology() throws -> CXLTopology {
        let description: CXLTopologyDescription
        if CXLDescriptionFile.isDescription(file) {
            description = try CXLDescriptionFile.read(file)
        } else if let preset = CXLPreset(rawValue: file) {
            description = preset.topologyDescription
        } else if let text = FileManager.default.contents(atPath: file) {
            let parsed = QEMUCommandLine.parse(shellText: String(decoding: text, as: UTF8.self), fileName: file)
            let extraction = CXLTopologyExtractor.extract(from: parsed)
            let renderer = DiagnosticRenderer(usesColor: Terminal.stderrUsesColor)
            for diagnostic in extraction.check(version: target.qemuVersion.flatMap(QEMUVersion.init)) where diagnostic.severity >= .warning {
                Terminal.writeError(renderer.render(diagnostic, source: parsed.source, fileName: file))
            }
            return extraction.topology
        } else {
            throw CXLCommandError(
                "'\(file)' is not a readable file nor a preset (\(CXLPreset.allCases.map(\.rawValue).joined(separator: ", "))); "
                    + "give a .yaml/.yml/.json description, a command-line file or a preset name")
        }
        let version = try target.version(defaultProgram: description.machine == "virt" ? "qemu-system-aarch64" : "qemu-system-x86_64")
        do {
            return try CXLSynthesizer(version: version).synthesize(description)
        } catch {
            throw CXLCommandError("\(file): \(error.description)")
        }
    }
}
