import Foundation
import Testing

/// Runs the built `qemu-cmd` with `arguments`; returns exit status, standard output and standard error.
private func qemuCmd(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qemu-cmd")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw CheckCommandTests.NotBuilt()
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

@Suite("qemu-cmd check")
struct CheckCommandTests {
    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "qemu-cmd is not built beside the tests; run `swift build` first" }
    }

    static let cxlLine = """
        qemu-system-x86_64 -machine q35,cxl=on -m 2G \\
          -object memory-backend-file,id=pmem0,share=on,mem-path=/tmp/pmem0,size=256M \\
          -object memory-backend-file,id=lsa0,share=on,mem-path=/tmp/lsa0,size=256M \\
          -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 \\
          -device cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=2 \\
          -device cxl-type3,bus=rp0,persistent-memdev=pmem0,lsa=lsa0,id=cxl-pmem0 \\
          -M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G

        """

    func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-check-\(UUID().uuidString).sh")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("7.2: persistent-memdev is an error suggesting memdev=, printed with source line and caret; exit 1")
    func persistentMemdev72() throws {
        let url = try file(Self.cxlLine)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try qemuCmd(["check", "--qemu-version", "7.2", url.path])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("\(url.path):6:") && $0.hasSuffix("[device.property-too-new]") })
        #expect(lines[index].contains(": error: "))
        #expect(lines[index + 1].contains("persistent-memdev=pmem0"))
        let caret = lines[index + 2]
        #expect(caret.trimmingCharacters(in: .whitespaces) == "^")
        #expect(lines[index + 1].dropFirst(caret.count - 1).hasPrefix("persistent-memdev"))
        #expect(lines[index + 3].contains("memdev="))
        #expect(result.errors.contains("against QEMU 7.2.0/x86_64"))
    }

    @Test("9.2: the same line has no error; exit 0")
    func persistentMemdev92() throws {
        let url = try file(Self.cxlLine)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try qemuCmd(["check", "--qemu-version", "9.2", url.path])
        #expect(result.status == 0)
        #expect(!result.output.contains("error:"))
    }

    @Test("--format json lists diagnostics with rule ids and fixes")
    func json() throws {
        let url = try file(Self.cxlLine)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try qemuCmd(["check", "--format", "json", "--qemu-version", "7.2", url.path])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["profile"] as? String == "7.2.0/x86_64")
        let files = try #require(document["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["rule"] as? String == "device.property-too-new" && ($0["fix"] as? String)?.contains("memdev=") == true })
    }

    @Test("CXL topologies QEMU accepts but Linux cannot use get warnings (QEMUCXL's checks), which --werror makes fatal")
    func cxlUsabilityWarnings() throws {
        let url = try file(Self.cxlLine)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try qemuCmd(["check", "--qemu-version", "9.2", url.path])
        #expect(result.status == 0)
        let serial = try #require(result.output.split(separator: "\n").first { $0.hasSuffix("[cxl.serial-missing]") })
        #expect(serial.hasPrefix("\(url.path):6:") && serial.contains(": warning: "))
        #expect(try qemuCmd(["check", "--werror", "--qemu-version", "9.2", url.path]).status == 1)
        let clean = try file(Self.cxlLine.replacingOccurrences(of: "id=cxl-pmem0", with: "id=cxl-pmem0,sn=0x1"))
        defer { try? FileManager.default.removeItem(at: clean) }
        #expect(try !qemuCmd(["check", "--qemu-version", "9.2", clean.path]).output.contains("[cxl.serial-missing]"))
    }

    @Test("--werror turns warnings into exit 1")
    func werror() throws {
        let url = try file("qemu-system-x86_64 -machine q35 -object memory-backend-ram,id=m0,size=1M,share\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try qemuCmd(["check", "--qemu-version", "7.2", url.path]).status == 0)
        #expect(try qemuCmd(["check", "--werror", "--qemu-version", "7.2", url.path]).status == 1)
    }

    @Test("usage errors exit 2")
    func usage() throws {
        #expect(try qemuCmd(["check", "--qemu-version", "seven", "x.sh"]).status == 2)
        #expect(try qemuCmd(["check", "--qemu-version", "7.2", "--qemu", "/usr/bin/qemu-system-x86_64", "x.sh"]).status == 2)
        #expect(try qemuCmd(["check", "--qemu-version", "7.2", "/nonexistent/vm.sh"]).status == 2)
        #expect(try qemuCmd(["check", "--qemu-version", "4.0", "-"]).status == 2)
    }
}
