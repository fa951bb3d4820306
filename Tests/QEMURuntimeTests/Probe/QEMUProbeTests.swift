import Foundation
import QEMUCommand
import Testing

@testable import QEMURuntime

/// Probes the installed QEMU once for every test of the suite.
actor InstalledQEMUProfile {
    static let shared = InstalledQEMUProfile()
    static let binary = "/usr/bin/qemu-system-x86_64"
    private var profile: QEMUCapabilityProfile?

    func get() async throws -> QEMUCapabilityProfile {
        if let profile { return profile }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-probe-test-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fresh = try await QEMUProbe(binary: Self.binary).profile(cache: QEMUProfileCache(directory: directory))
        profile = fresh
        return fresh
    }
}

/// Runs the installed QEMU with `arguments` and returns its standard output.
func qemuOutput(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: InstalledQEMUProfile.binary)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

@Suite("Probe of the installed QEMU", .serialized)
struct QEMUProbeTests {
    @Test("the device list equals -device help's")
    func deviceList() async throws {
        let profile = try await InstalledQEMUProfile.shared.get()
        let help = QEMUDeviceHelp(parsing: try qemuOutput(["-nodefaults", "-device", "help"]))
        #expect(profile.isDeviceListExact)
        #expect(Set(profile.devices.keys) == help.names)
        #expect(profile.deviceAliases == help.aliases)
        #expect(profile.version.isSameRelease(as: QEMUVersion(7, 2)))
        #expect(profile.target == "x86_64")
    }

    @Test("cxl-type3's properties equal -device cxl-type3,help's")
    func cxlType3Properties() async throws {
        let profile = try await InstalledQEMUProfile.shared.get()
        let text = try qemuOutput(["-nodefaults", "-device", "cxl-type3,help"])
        var expected: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let trimmed = line.drop { $0 == " " }
            guard let equals = trimmed.firstIndex(of: "="), let open = trimmed.firstIndex(of: "<"), let close = trimmed.lastIndex(of: ">") else { continue }
            expected[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: open)..<close])
        }
        let properties = try #require(profile.properties(ofDevice: "cxl-type3"))
        #expect(properties.isComplete)
        #expect(expected.count > 5)
        #expect(properties.types.mapValues(\.spelling) == expected)
    }

    @Test("a second probe of the unchanged binary comes from the cache")
    func cache() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-cache-test-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = QEMUProfileCache(directory: directory)
        let profile = try await InstalledQEMUProfile.shared.get()
        #expect(cache.profile(forBinary: InstalledQEMUProfile.binary) == nil)
        try cache.store(profile, forBinary: InstalledQEMUProfile.binary)
        #expect(cache.profile(forBinary: InstalledQEMUProfile.binary) == profile)
    }
}
