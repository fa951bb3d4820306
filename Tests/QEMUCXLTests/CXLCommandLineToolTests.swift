import Foundation
import QEMUCommand
import QEMURuntime
import Testing

/// Runs the built `qemu-cmd` (next to the test bundle) and captures what it prints.
struct QEMUCmdRun {
    var status: Int32
    var output: String
    var errors: String

    init(_ arguments: [String]) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qemu-cmd")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            Issue.record("\(binary.path) is missing; build it with swift build --build-tests")
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = CXLTestFiles.packageRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        self.output = String(decoding: outputData, as: UTF8.self)
        self.errors = String(decoding: errorData, as: UTF8.self)
    }
}

@Suite("qemu-cmd cxl")
struct CXLCommandLineToolTests {
    @Test("preset dcd for 7.2 exits 1 naming 9.1; for 9.1 it emits num-dc-regions and volatile-dc-memdev")
    func dcd() throws {
        let old = try QEMUCmdRun(["cxl", "preset", "dcd", "--qemu-version", "7.2"])
        #expect(old.status == 1)
        #expect(old.errors.contains("9.1"))
        #expect(old.output.isEmpty)
        let new = try QEMUCmdRun(["cxl", "preset", "dcd", "--qemu-version", "9.1"])
        #expect(new.status == 0)
        #expect(new.output.contains("num-dc-regions=2"))
        #expect(new.output.contains("volatile-dc-memdev="))
    }

    @Test("preset dcd against the installed QEMU names the version needed when it is older than 9.1")
    func dcdInstalled() throws {
        let path = try #require(HostTool().locate("qemu-system-x86_64"))
        let run = try QEMUCmdRun(["cxl", "preset", "dcd", "--qemu", path])
        if try QEMUVersionProbe.version(of: path) < QEMUVersion(9, 1) {
            #expect(run.status == 1)
            #expect(run.errors.contains("needs QEMU 9.1"))
        } else {
            #expect(run.status == 0)
        }
    }

    @Test("single-pmem emits persistent-memdev= for 8.1 and memdev= for 7.2")
    func singlePmem() throws {
        let new = try QEMUCmdRun(["cxl", "preset", "single-pmem", "--qemu-version", "8.1"])
        let old = try QEMUCmdRun(["cxl", "preset", "single-pmem", "--qemu-version", "7.2"])
        #expect(new.output.contains(",persistent-memdev=cxl-pmem0-pmem,"))
        #expect(old.output.contains(",memdev=cxl-pmem0-pmem,"))
        #expect(!old.output.contains("persistent-memdev"))
    }

    @Test("the shell text and --argv give the same words")
    func argv() throws {
        let text = try QEMUCmdRun(["cxl", "preset", "switch", "--qemu-version", "8.2", "--backend-dir", "/tmp/with space"])
        let words = try QEMUCmdRun(["cxl", "preset", "switch", "--qemu-version", "8.2", "--backend-dir", "/tmp/with space", "--argv"])
        var argv = words.output.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        #expect(argv.removeLast() == "")
        #expect(QEMUCommandLine.parse(shellText: text.output).commandLine.argv == argv)
        #expect(argv.first == "qemu-system-x86_64")
    }

    @Test("build reads a YAML file; errors name the file and field and exit 1")
    func build() throws {
        let run = try QEMUCmdRun(["cxl", "build", "examples/cxl/interleave-2hb.yaml", "--qemu-version", "7.2"])
        #expect(run.status == 0)
        #expect(run.output.contains("cxl-fmw.0.targets.1=cxl.1"))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-bad-\(UUID().uuidString).yaml")
        try "host_bridges:\n  - root_ports:\n      - device: {persistent: 100M}\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let failed = try QEMUCmdRun(["cxl", "build", bad.path, "--qemu-version", "8.1"])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("host_bridges[0].root_ports[0].device.persistent"))
    }

    @Test("show prints the interleave-2hb tree, and its --dot output is accepted by dot -Tsvg")
    func show() throws {
        let tree = try QEMUCmdRun(["cxl", "show", "examples/cxl/interleave-2hb.yaml", "--qemu-version", "7.2"])
        #expect(tree.status == 0)
        #expect(tree.output.contains("host bridge cxl.1: bus_nr"))
        #expect(tree.output.contains("interleave set: cxl-pmem0, cxl-pmem1, cxl-pmem2, cxl-pmem3"))
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let drawn = try QEMUCmdRun(["cxl", "show", "interleave-2hb", "--qemu-version", "7.2", "--svg", svg.path])
        #expect(drawn.status == 0)
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("<svg"))
    }

    @Test("show reads a command-line file back into a tree")
    func showCommandLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-\(UUID().uuidString).sh")
        defer { try? FileManager.default.removeItem(at: file) }
        let words = try QEMUCmdRun(["cxl", "preset", "switch", "--qemu-version", "8.2"])
        try words.output.write(to: file, atomically: true, encoding: .utf8)
        let tree = try QEMUCmdRun(["cxl", "show", file.path])
        #expect(tree.status == 0)
        #expect(tree.output.contains("switch us0: upstream port"))
        #expect(tree.output.contains("device cxl-pmem3: persistent 256M, lsa 256M, serial 0x4"))
    }
}
