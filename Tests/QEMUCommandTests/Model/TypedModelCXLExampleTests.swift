import Foundation
import QEMUCommand
import Testing

/// Acceptance 2: `qemu-cmd parse --json` on the QEMU 7.2 form of the CXL example.
@Suite("Typed model of the CXL example")
struct TypedModelCXLExampleTests {
    static let example = """
        qemu-system-x86_64 -machine q35,cxl=on -m 8G,maxmem=32G,slots=8 -smp 4 \\
        -object memory-backend-file,id=cxl-mem1,share=on,mem-path=/tmp/cxltest.raw,size=256M \\
        -object memory-backend-file,id=cxl-lsa1,share=on,mem-path=/tmp/lsa.raw,size=256M \\
        -device pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1 \\
        -device cxl-rp,port=0,bus=cxl.1,id=root_port13,chassis=0,slot=2 \\
        -device cxl-type3,bus=root_port13,memdev=cxl-mem1,lsa=cxl-lsa1,id=cxl-pmem0 \\
        -M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k
        """

    /// The document as `qemu-cmd parse --json` encodes it, read back as untyped JSON.
    static func document(_ text: String) throws -> [String: Any] {
        let result = QEMUCommandLine.parse(shellText: text, fileName: "cxl.sh")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(QEMUTypedParseDocument(result))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("parse --json gives the typed machine, memory and devices with the agreed key names")
    func acceptanceKeys() throws {
        let document = try Self.document(Self.example)
        let machine = try #require(document["machine"] as? [String: Any])
        #expect(machine["type"] as? String == "q35")
        #expect(machine["cxl"] as? Bool == true)
        let windows = try #require(machine["cxlFixedMemoryWindows"] as? [[String: Any]])
        #expect(windows.count == 1)
        #expect(windows.first?["targets"] as? [String] == ["cxl.1"])
        #expect((windows.first?["size"] as? NSNumber)?.uint64Value == 4_294_967_296)
        #expect((windows.first?["interleaveGranularity"] as? NSNumber)?.uint64Value == 8192)
        let memory = try #require(document["memory"] as? [String: Any])
        #expect((memory["size"] as? NSNumber)?.uint64Value == 8_589_934_592)
        #expect((memory["maxSize"] as? NSNumber)?.uint64Value == 34_359_738_368)
        #expect((memory["slots"] as? NSNumber)?.uint64Value == 8)
        let devices = try #require(document["devices"] as? [[String: Any]])
        #expect(devices.contains { $0["driver"] as? String == "cxl-type3" && $0["id"] as? String == "cxl-pmem0" })
    }

    @Test("parse --json keeps the syntax document's items and argv")
    func keepsSyntaxDocument() throws {
        let document = try Self.document(Self.example)
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == 9)
        #expect(items.last?["option"] as? String == "-M")
        #expect((document["argv"] as? [String])?.last == "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k")
        #expect((document["typedItems"] as? [Any])?.count == 9)
    }

    @Test("repeated -machine options merge: scalars last wins, list keys from the option that has them")
    func machineMerge() throws {
        let model = QEMUVirtualMachine.parse(shellText: "qemu-system-x86_64 -machine pc,usb=on -M usb=off -M type=q35,cxl=on,cxl-fmw.0.targets.0=a,cxl-fmw.0.targets.1=b,cxl-fmw.0.size=512M").model
        let machine = try #require(model.machine)
        #expect(machine.usb == QEMUBool(false))
        #expect(machine.type == "q35")
        #expect(machine.cxlFixedMemoryWindows == [QEMUCXLFixedMemoryWindow(targets: ["a", "b"], size: QEMUSize(bytes: 512 << 20))])
    }

    @Test("-m merges like QEMU's memory group and reads a bare number as MiB")
    func memoryMerge() throws {
        let model = QEMUVirtualMachine.parse(shellText: "qemu-system-x86_64 -m 512 -m slots=2,maxmem=4G").model
        let memory = try #require(model.memory)
        #expect(memory.size == QEMUSize(bytes: 512 << 20))
        #expect(memory.slots == 2)
        #expect(memory.maxSize == QEMUSize(bytes: 4 << 30))
    }
}
