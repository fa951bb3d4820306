import Foundation
import QEMUCommand
import Testing

/// Typed builders for common devices and objects, and per-target machine types and options.
@Suite("Typed builders and targets")
struct TypedBuilderTests {
    @Test("the CXL example built with typed builders prints QEMU 7.2's documented options")
    func cxlExampleFromBuilders() {
        let model = QEMUVirtualMachine(program: "qemu-system-x86_64", items: [
            .machine(QEMUMachine(type: "q35", cxl: QEMUBool(true))),
            .memory(QEMUMemory(size: QEMUSize(bytes: 4 << 30), slots: 8, maxSize: QEMUSize(bytes: 8 << 30))),
            .object(.memoryBackendFile(id: "cxl-mem1", size: QEMUSize(bytes: 256 << 20), memPath: "/tmp/cxltest.raw", share: QEMUBool(true))),
            .object(.memoryBackendFile(id: "cxl-lsa1", size: QEMUSize(bytes: 256 << 20), memPath: "/tmp/lsa.raw", share: QEMUBool(true))),
            .device(.pxbCXL(id: "cxl.1", busNumber: 12)),
            .device(.cxlRootPort(id: "root_port13", bus: "cxl.1", port: 0, chassis: 0, slot: 2)),
            .device(.cxlType3(id: "cxl-pmem0", bus: "root_port13", memdev: "cxl-mem1", lsa: "cxl-lsa1")),
            .machine(QEMUMachine(cxlFixedMemoryWindows: [QEMUCXLFixedMemoryWindow(targets: ["cxl.1"], size: QEMUSize(bytes: 4 << 30))], form: QEMUOptionForm(spelling: "-M"))),
        ])
        #expect(Array(model.argv.dropFirst()) == [
            "-machine", "q35,cxl=on", "-m", "4G,slots=8,maxmem=8G",
            "-object", "memory-backend-file,id=cxl-mem1,size=256M,mem-path=/tmp/cxltest.raw,share=on",
            "-object", "memory-backend-file,id=cxl-lsa1,size=256M,mem-path=/tmp/lsa.raw,share=on",
            "-device", "pxb-cxl,id=cxl.1,bus=pcie.0,bus_nr=12",
            "-device", "cxl-rp,id=root_port13,bus=cxl.1,port=0,chassis=0,slot=2",
            "-device", "cxl-type3,id=cxl-pmem0,bus=root_port13,memdev=cxl-mem1,lsa=cxl-lsa1",
            "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G",
        ])
        #expect(model.machine?.cxlFixedMemoryWindows?.first?.targets == ["cxl.1"])
    }

    @Test("builder numbers and booleans are JSON numbers and booleans in JSON notation")
    func jsonNotationTypes() {
        var device = QEMUDevice.pcieRootPort(id: "rp1", chassis: 1, slot: 2, multifunction: QEMUBool(true))
        device.form.notation = .json
        var object = QEMUObject.memoryBackendRAM(id: "m0", size: QEMUSize(bytes: 1 << 30))
        object.form.notation = .json
        #expect(device.option.argument?.text == #"{"driver":"pcie-root-port","id":"rp1","bus":"pcie.0","chassis":1,"slot":2,"multifunction":true}"#)
        #expect(object.option.argument?.text == #"{"qom-type":"memory-backend-ram","id":"m0","size":1073741824}"#)
    }

    @Test("targets know their machine types, versioned ones included")
    func machineTypes() {
        #expect(QEMUTarget.x86_64.hasMachineType("q35"))
        #expect(QEMUTarget.x86_64.hasMachineType("pc-q35-7.2"))
        #expect(!QEMUTarget.x86_64.hasMachineType("virt"))
        #expect(QEMUTarget.aarch64.hasMachineType("virt-7.1"))
        #expect(!QEMUTarget.aarch64.hasMachineType("virt-7"))
        #expect(QEMUTarget.riscv64.hasMachineType("sifive_u"))
        #expect(QEMUTarget(program: "/usr/bin/qemu-system-riscv64") == .riscv64)
        #expect(QEMUTarget(program: "qemu-img") == nil)
    }

    @Test("targets know which options they have, from the option table")
    func optionsPerTarget() {
        let model = QEMUVirtualMachine.parse(shellText: "qemu-system-aarch64 -M virt -no-hpet -smbios type=0 -device virtio-rng-pci").model
        #expect(model.target == .aarch64)
        #expect(model.optionsMissing(on: .aarch64).map(\.name) == ["no-hpet"])
        #expect(model.optionsMissing(on: .x86_64).isEmpty)
        #expect(model.machineTypeExists(on: .aarch64))
        #expect(!QEMUVirtualMachine.parse(shellText: "qemu-system-aarch64 -device virtio-rng-pci").model.machineTypeExists(on: .aarch64))
    }

    @Test("every listed machine type is one the installed QEMU 7.2 lists", arguments: [QEMUTarget.x86_64, .aarch64])
    func machineTypesMatchRealQEMU(target: QEMUTarget) throws {
        let path = "/usr/bin/" + target.program
        try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is not installed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-machine", "help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let listed = Set(output.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) })
        let expected = target.machineTypes.filter { !$0.hasPrefix("xen") }
        #expect(expected.filter { !listed.contains($0) } == [])
        #expect(listed.filter { $0.hasPrefix(target.versionedMachinePrefixes.first ?? "-") }.allSatisfy(target.hasMachineType))
    }
}
