import Foundation
import Testing
@testable import QEMURuntime

@Suite("real boots of Debian's kernel under QEMU", .serialized)
struct BootRealBootTests {
    @Test("type-3 device on pcie.0: Linux has the memdev but no endpoint, and the comparison names it")
    func deviceOnRootComplex() async throws {
        let directory = try BootRuntimeDirectory()
        defer { directory.remove() }
        let mem = directory.file("mem0.raw").path, lsa = directory.file("lsa0.raw").path
        let arguments = [
            "-M", "q35,cxl=on", "-m", "512M",
            "-object", "memory-backend-file,id=cxl-mem0,share=on,mem-path=\(mem),size=256M",
            "-object", "memory-backend-file,id=cxl-lsa0,share=on,mem-path=\(lsa),size=256M",
            "-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1",
            "-device", "cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=2",
            "-device", "cxl-rp,port=1,bus=cxl.1,id=rp1,chassis=0,slot=3",
            "-device", "cxl-type3,bus=pcie.0,memdev=cxl-mem0,lsa=cxl-lsa0,id=cxl-pmem0,sn=0x77",
            "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G",
        ]
        let expected = CXLBootExpectation(
            memdevs: [CXLExpectedMemdev(id: "cxl-pmem0", serial: 0x77, pmemSize: 268_435_456, ramSize: 0, attachment: .otherBus("pcie.0"))],
            hostBridges: [CXLExpectedHostBridge(id: "cxl.1", busNumber: 12, rootPorts: [0, 1])]
        )
        let session = BootSession(options: BootOptions(machineArguments: arguments), runtimeDirectory: directory, progress: { print($0) })
        let result = try await session.run(expecting: expected)
        print(result.timings.summary)
        #expect(result.guest.memdevs.map(\.serial) == [0x77])
        #expect(result.guest.endpoints.isEmpty)
        #expect(!result.comparison.matches)
        #expect(result.comparison.mismatches.contains { $0.kind == .memdevNotAttached && $0.subject.contains("cxl-pmem0") })
    }
}
