import Foundation
import Testing

@testable import QEMUCommand

@Suite("Bundled capability profiles")
struct BundledProfileTests {
    @Test("the required releases are bundled")
    func requiredReleases() {
        let bundled = Set(QEMUCapabilityProfile.bundledProfiles.map { "\($0.version.shortDescription)/\($0.target)" })
        for required in ["6.2/x86_64", "7.2/x86_64", "8.2/x86_64", "9.2/x86_64", "10.0/x86_64", "8.2/aarch64"] {
            #expect(bundled.contains(required), "missing \(required)")
        }
    }

    @Test("persistent-memdev appears on cxl-type3 in 8.1: absent in 7.2, present in 9.2")
    func persistentMemdevHistory() throws {
        let old = try QEMUCapabilityProfile.bundled(version: QEMUVersion(7, 2))
        let new = try QEMUCapabilityProfile.bundled(version: QEMUVersion(9, 2))
        let oldDevice = try #require(old.properties(ofDevice: "cxl-type3"))
        let newDevice = try #require(new.properties(ofDevice: "cxl-type3"))
        #expect(oldDevice["persistent-memdev"] == nil)
        #expect(oldDevice["memdev"] == .link("memory-backend"))
        #expect(newDevice["persistent-memdev"] == .link("memory-backend"))
        #expect(!oldDevice.isComplete, "the transcript lacks cxl-type3's properties, so the list must say it is partial")
    }

    @Test("the 7.2 device list holds every -device help driver the transcript knows")
    func deviceList72() throws {
        let profile = try QEMUCapabilityProfile.bundled(version: QEMUVersion(7, 2))
        let help = QEMUDeviceHelp(parsing: try SharedCorpus.text("corpus/qemu-7.2/qemu-7.2-device-help.txt")).names
        let known = help.filter { profile.qomTypes[$0] != nil }
        #expect(known.count > 350)
        #expect(known.subtracting(profile.devices.keys).isEmpty)
        #expect(profile.devices["cxl-type3"] != nil && profile.devices["pxb-cxl"] != nil)
        #expect(profile.objects["memory-backend-file"] != nil && profile.devices["memory-backend-file"] == nil)
        #expect(profile.deviceDriver(named: "virtio-net") == "virtio-net-pci")
        #expect(profile.deviceDriver(named: "lsi") == "lsi53c895a")
    }

    @Test("device properties listed by QEMU are complete and typed")
    func listedDeviceProperties() throws {
        let profile = try QEMUCapabilityProfile.bundled(version: QEMUVersion(7, 2))
        let properties = try #require(profile.properties(ofDevice: "virtio-net-pci"))
        #expect(properties.isComplete)
        #expect(properties["addr"] == .integer(signed: true, bits: 32))
        #expect(profile.properties(ofDevice: "e1000") == nil)
    }

    @Test("backends come from the QMP schema and change with the version")
    func schemaBackends() throws {
        let old = try QEMUCapabilityProfile.bundled(version: QEMUVersion(6, 2))
        let new = try QEMUCapabilityProfile.bundled(version: QEMUVersion(7, 2))
        #expect(old.netdev?.variants["user"] != nil && old.netdev?.variants["stream"] == nil)
        #expect(new.netdev?.variants["stream"] != nil)
        #expect(new.chardev?.variants["socket"]?["addr"] != nil)
        #expect(new.options["chardev"]?.parameters["path"] == .string)
        #expect(new.blockdev?.variants["file"]?["filename"] == .string)
        #expect(new.objects["memory-backend-file"]?.properties?["mem-path"] == .string)
    }

    @Test("machines: aliases, the default, and cxl on q35 from 7.1")
    func machines() throws {
        let profile = try QEMUCapabilityProfile.bundled(version: QEMUVersion(7, 2))
        let q35 = try #require(profile.machine(named: "q35"))
        #expect(q35.name == "pc-q35-7.2")
        #expect(q35.properties?["cxl"] == .bool)
        #expect(profile.defaultMachine?.alias == "pc")
        let old = try QEMUCapabilityProfile.bundled(version: QEMUVersion(7, 0))
        #expect(old.machine(named: "q35")?.properties?["cxl"] == nil)
    }

    @Test("the committed profiles are what the generator makes from the transcripts")
    func upToDate() throws {
        for bundled in QEMUCapabilityProfile.bundledProfiles {
            let name = "caps_\(bundled.version)_\(bundled.target).replies"
            let exchanges = try QMPTranscript.exchanges(fromReplies: try SharedCorpus.text("corpus/qmp-replies/" + name))
            let committed = try bundled.load()
            let regenerated = try QEMUCapabilityProfileBuilder(exchanges: exchanges).build(generatedBy: committed.generatedBy)
            #expect(regenerated == committed, "\(name) changed; rerun qemu-cmd-profile-generator")
        }
    }

    @Test("an unknown release names the bundled ones")
    func unknownRelease() {
        #expect(throws: QEMUCapabilityProfile.LoadError.self) { try QEMUCapabilityProfile.bundled(version: QEMUVersion(5, 0)) }
    }
}
