import Foundation
import QEMUCXL
import QEMUCommand
import Testing

@Suite("Drawing topologies")
struct CXLRenderingTests {
    @Test("the tree shows host bridge → root port → device with sizes, serials and the window's interleave set")
    func tree() throws {
        let text = CXLTreeTextRenderer(topology: try CXLPreset.interleave2HB.topology(for: QEMUVersion(8, 1))).render()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("├─ host bridge cxl.0: bus_nr 12"))
        #expect(lines.contains("│  ├─ root port rp0: port 0, chassis 0 slot 0"))
        #expect(lines.contains("│  │  └─ device cxl-pmem0: persistent 256M, lsa 256M, serial 0x1"))
        #expect(lines.contains("└─ window 0: 4G, 2-way across cxl.0, cxl.1, granularity 8K"))
        #expect(lines.contains("   └─ interleave set: cxl-pmem0, cxl-pmem1, cxl-pmem2, cxl-pmem3"))
    }

    @Test("switches and components outside any host bridge are drawn")
    func switchTree() throws {
        var topology = try CXLPreset.switch.topology(for: QEMUVersion(8, 1))
        topology.memoryDevices[3].bus = "pcie.0"
        let text = CXLTreeTextRenderer(topology: topology).render()
        #expect(text.contains("└─ switch us0: upstream port"))
        #expect(text.contains("└─ unattached: not below a CXL host bridge\n   └─ device cxl-pmem3"))
    }

    @Test("--dot output is accepted by Graphviz's dot -Tsvg", arguments: CXLPreset.allCases)
    func dot(preset: CXLPreset) throws {
        let dot = CXLDotRenderer(topology: try preset.topology(for: QEMUVersion(10, 1))).render()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("cxl.0"))
    }
}
