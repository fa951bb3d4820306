import QEMUCXL
import QEMUCommand
import Testing

@Suite("Emitting a topology for a QEMU version")
struct CXLEmissionTests {
    static func deviceArguments(_ arguments: [String]) -> [String] {
        zip(arguments, arguments.dropFirst()).filter { $0.0 == "-device" }.map(\.1)
    }

    @Test("single-pmem uses memdev= on 7.2 and persistent-memdev= from 8.1")
    func persistentProperty() throws {
        let old = try CXLPreset.singlePmem.topology(for: QEMUVersion(7, 2)).arguments(for: QEMUVersion(7, 2))
        let new = try CXLPreset.singlePmem.topology(for: QEMUVersion(8, 1)).arguments(for: QEMUVersion(8, 1))
        let oldDevice = try #require(Self.deviceArguments(old).first { $0.hasPrefix("cxl-type3,") })
        let newDevice = try #require(Self.deviceArguments(new).first { $0.hasPrefix("cxl-type3,") })
        #expect(oldDevice.contains(",memdev=") && !oldDevice.contains("persistent-memdev="))
        #expect(newDevice.contains(",persistent-memdev=") && !newDevice.contains(",memdev="))
    }

    @Test("a persistent device built for 8.1 is emitted with memdev= for 7.2")
    func downgrade() throws {
        let topology = try CXLPreset.singlePmem.topology(for: QEMUVersion(8, 1))
        let device = try #require(Self.deviceArguments(topology.arguments(for: QEMUVersion(7, 2))).first { $0.hasPrefix("cxl-type3,") })
        #expect(device.contains(",memdev=cxl-pmem0-pmem,"))
    }

    @Test("dynamic capacity needs 9.1 and then emits num-dc-regions and volatile-dc-memdev")
    func dynamicCapacity() throws {
        #expect {
            try CXLPreset.dcd.topology(for: QEMUVersion(7, 2))
        } throws: { error in
            let version = (error as? CXLSynthesisError)?.versionError
            return version?.neededVersion == "9.1" && "\(error)".contains("9.1")
        }
        let arguments = try CXLPreset.dcd.topology(for: QEMUVersion(9, 1)).arguments(for: QEMUVersion(9, 1))
        let device = try #require(Self.deviceArguments(arguments).first { $0.hasPrefix("cxl-type3,") })
        #expect(device.contains("num-dc-regions=2"))
        #expect(device.contains("volatile-dc-memdev=cxl-dcd0-dc"))
        #expect(arguments.contains("memory-backend-ram,id=cxl-dcd0-dc,share=on,size=2G"))
    }

    @Test("emitting a 9.1 topology for 8.2 names the version needed")
    func emissionVersionError() throws {
        let topology = try CXLPreset.dcd.topology(for: QEMUVersion(9, 1))
        #expect(throws: CXLVersionError.self) { try topology.arguments(for: QEMUVersion(8, 2)) }
    }

    @Test("volatile memory needs 8.1, the switch mailbox CCI 8.2 and arm virt 10.1")
    func versionRequirements() throws {
        func needed(_ description: CXLTopologyDescription, _ version: QEMUVersion) -> String? {
            do {
                _ = try CXLSynthesizer(version: version).synthesize(description)
                return nil
            } catch {
                return error.versionError?.neededVersion
            }
        }
        #expect(needed(CXLPreset.singleVolatile.topologyDescription, QEMUVersion(8, 0)) == "8.1")
        #expect(needed(CXLPreset.singleVolatile.topologyDescription, QEMUVersion(8, 1)) == nil)
        var cci = CXLPreset.switch.topologyDescription
        cci.hostBridges[0].rootPorts[0].switch?.mailboxCCI = true
        #expect(needed(cci, QEMUVersion(8, 1)) == "8.2")
        #expect(needed(cci, QEMUVersion(8, 2)) == nil)
        var arm = CXLPreset.singleVolatile.topologyDescription
        arm.machine = "virt"
        #expect(needed(arm, QEMUVersion(10, 0)) == "10.1")
        #expect(needed(arm, QEMUVersion(10, 1)) == nil)
        var passthrough = CXLPreset.singlePmem.topologyDescription
        passthrough.hostBridges[0].hdmForPassthrough = true
        #expect(needed(passthrough, QEMUVersion(7, 2)) == "8.0")
    }

    @Test("the switch mailbox CCI is wired as function 1 of the upstream port's slot")
    func mailboxWiring() throws {
        var description = CXLPreset.switch.topologyDescription
        description.hostBridges[0].rootPorts[0].switch?.mailboxCCI = true
        let arguments = try CXLSynthesizer(version: QEMUVersion(8, 2)).synthesize(description).arguments(for: QEMUVersion(8, 2))
        let devices = Self.deviceArguments(arguments)
        #expect(devices.contains("cxl-upstream,bus=rp0,id=us0,multifunction=on,addr=0.0"))
        #expect(devices.contains("cxl-switch-mailbox-cci,bus=rp0,addr=0.1,target=us0,id=swcci0"))
    }

    @Test("values are escaped by the QemuOpts printer: a comma in a path is doubled")
    func escaping() throws {
        let topology = try CXLPreset.singlePmem.topology(for: QEMUVersion(8, 1), backendDirectory: "/tmp/a,b")
        let arguments = try topology.arguments(for: QEMUVersion(8, 1))
        #expect(arguments.contains { $0.contains("mem-path=/tmp/a,,b/single-pmem-cxl-pmem0-pmem.raw") })
        let parsed = QEMUOptsArgument(parsing: try #require(arguments.first { $0.contains("cxl-pmem0-pmem,") }), impliedKey: "qom-type")
        #expect(parsed.value(forKey: "mem-path") == "/tmp/a,b/single-pmem-cxl-pmem0-pmem.raw")
    }

    @Test("windows are one -M keyval argument with targets, size and granularity")
    func windows() throws {
        let arguments = try CXLPreset.interleave2HB.topology(for: QEMUVersion(8, 1)).arguments(for: QEMUVersion(8, 1))
        let index = try #require(arguments.lastIndex(of: "-M"))
        #expect(arguments[index + 1] == "cxl-fmw.0.targets.0=cxl.0,cxl-fmw.0.targets.1=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8K")
        #expect(arguments.prefix(2) == ["-machine", "q35,cxl=on"])
    }
}
