import Foundation
import Testing

@testable import QEMUCommand

@Suite("Reading stored capability profiles")
struct ProfileJSONReaderTests {
    /// A small profile whose names need every kind of JSON escape.
    static let awkward = QEMUCapabilityProfile(
        generatedBy: "probe of \"/opt/qemu dir/bin\"\\x86\n\t€ 𝄞", version: QEMUVersion(9, 2, 1), target: "x86_64",
        options: ["machine": QEMUOptionCapability(parameters: ["cxl": .bool, "memory-backend": .string]), "device": QEMUOptionCapability(parameters: [:])],
        machines: [
            QEMUMachineCapability(name: "pc-q35-9.2", alias: "q35", isDefault: false, isDeprecated: false, properties: QEMUPropertyList(["cxl": .bool, "cxl-fmw": .array], isComplete: true)),
            QEMUMachineCapability(name: "pc-i440fx-2.4", alias: nil, isDefault: true, isDeprecated: true, properties: nil),
        ],
        qomTypes: ["cxl-type3": "pci-device", "ünïcode/type": "device"],
        devices: [
            "cxl-type3": QEMUTypeCapability(parent: "pci-device", properties: QEMUPropertyList(["memdev": .link("memory-backend"), "sn": .integer(signed: false, bits: 64)], isComplete: true)),
            "Haswell-x86_64-cpu": QEMUTypeCapability(parent: nil, properties: nil, sharesPropertiesWith: "max-x86_64-cpu"),
        ],
        deviceAliases: ["virtio-net": "virtio-net-pci"], isDeviceListExact: true,
        objects: ["memory-backend-ram": QEMUTypeCapability(parent: "memory-backend", properties: QEMUPropertyList(["size": .size], isComplete: false))],
        accelerators: ["kvm", "tcg"], cpuModels: ["max", "qemu64"],
        netdev: QEMUSchemaUnion(discriminator: "type", commonMembers: ["id": .string], variants: ["user": ["hostfwd": .array], "tap": [:]]),
        chardev: nil,
        blockdev: QEMUSchemaUnion(discriminator: "driver", commonMembers: [:], variants: ["file": ["aio": .enumeration(["threads", "native"])]]))

    @Test("every bundled profile reads the same as with JSONDecoder")
    func bundledProfilesMatchJSONDecoder() throws {
        let bundled = QEMUCapabilityProfile.bundledProfiles
        #expect(bundled.count >= 6)
        for profile in bundled {
            let bytes = profile.json.withUTF8Buffer { Array($0) }
            let decoded = try JSONDecoder().decode(QEMUCapabilityProfile.self, from: Data(bytes))
            #expect(try profile.load() == decoded, "\(profile)")
        }
    }

    @Test("a profile written by jsonData() reads back equal, escapes and all")
    func roundTrip() throws {
        let data = try Self.awkward.jsonData()
        #expect(try QEMUCapabilityProfile.read(storedJSON: Array(data)) == Self.awkward)
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .sortedKeys]
        #expect(try QEMUCapabilityProfile.read(storedJSON: Array(try pretty.encode(Self.awkward))) == Self.awkward)
    }

    @Test("\\u escapes, surrogate pairs, null optionals and unknown members are read as JSONDecoder reads them")
    func jsonForms() throws {
        let text = #"""
            {"generatedBy":"\u0041\u00e9\ud834\udd1e\/","version":"7.2.0","target":"x86_64","future":{"a":[1,-2.5e3,true,null]},
             "options":{},"machines":[{"name":"pc","alias":null}],"qomTypes":{},"devices":{"d":{"parent":null}},
             "deviceAliases":{},"isDeviceListExact":false,"objects":{},"accelerators":[],"cpuModels":[],"netdev":null}
            """#
        let profile = try QEMUCapabilityProfile.read(storedJSON: Array(text.utf8))
        #expect(profile.generatedBy == "Aé𝄞/")
        #expect(profile == (try JSONDecoder().decode(QEMUCapabilityProfile.self, from: Data(text.utf8))))
    }

    @Test("damaged profiles: refused where JSONDecoder refuses, read alike where it reads, never a crash")
    func damagedInput() throws {
        let bytes = Array(try Self.awkward.jsonData())
        for length in 0..<bytes.count {
            #expect(throws: QEMUProfileReadError.self) { try QEMUCapabilityProfile.read(storedJSON: Array(bytes[..<length])) }
        }
        var disagreements: [String] = []
        for position in bytes.indices {
            for replacement in Array("\"\\{}[],:x0".utf8) where bytes[position] != replacement {
                var damaged = bytes
                damaged[position] = replacement
                let read = try? QEMUCapabilityProfile.read(storedJSON: damaged)
                let decoded = try? JSONDecoder().decode(QEMUCapabilityProfile.self, from: Data(damaged))
                if read != decoded { disagreements.append(Self.excerpt(of: damaged, around: position, reader: read != nil, decoder: decoded != nil)) }
            }
        }
        // Where JSONDecoder reads a damaged profile, the reader reads the same; where it refuses, so does the reader.
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
        let error = try #require(throws: QEMUProfileReadError.self) { try QEMUCapabilityProfile.read(storedJSON: Array(#"{"version":7}"#.utf8)) }
        #expect(error.description == "expected '\"' at byte 11")
    }

    /// The damaged bytes around `position`, and who accepted them.
    static func excerpt(of bytes: [UInt8], around position: Int, reader: Bool, decoder: Bool) -> String {
        let context = bytes[max(0, position - 30)..<min(bytes.count, position + 30)]
        return "byte \(position) (reader \(reader ? "accepts" : "refuses"), JSONDecoder \(decoder ? "accepts" : "refuses")): \(String(decoding: context, as: UTF8.self))"
    }

    @Test("a profile without a required member is refused, naming it")
    func missingMember() throws {
        let error = try #require(throws: QEMUProfileReadError.self) {
            try QEMUCapabilityProfile.read(storedJSON: Array(#"{"generatedBy":"x","target":"x86_64","isDeviceListExact":true}"#.utf8))
        }
        #expect(error.description.contains("'version'"))
    }

    @Test("a profile file reads back equal; a missing one is an error naming the file and the reason")
    func files() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-profile-\(getpid()).json")
        try Self.awkward.jsonData().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try QEMUCapabilityProfile.load(from: file) == Self.awkward)
        let missing = file.appendingPathExtension("missing")
        let error = try #require(throws: QEMUCapabilityProfile.LoadError.self) { try QEMUCapabilityProfile.load(from: missing) }
        #expect(error.description == "cannot read the profile \(missing.path): No such file or directory")
    }

    @Test("a stored table knows its names without decoding, as the table made in memory does")
    func tableNames() throws {
        let stored = try QEMUCapabilityProfile.read(storedJSON: Array(try Self.awkward.jsonData()))
        for (read, made) in [(stored.devices, Self.awkward.devices), (stored.objects, Self.awkward.objects)] {
            #expect(read.keys == made.keys && read.count == made.count)
            for name in made.keys + ["no-such-type"] {
                #expect(read.contains(name) == (made[name] != nil) && made.contains(name) == (made[name] != nil), "\(name)")
            }
        }
    }
}
