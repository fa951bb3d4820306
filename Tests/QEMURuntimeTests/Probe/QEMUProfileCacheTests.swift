import Foundation
import QEMURuntime
import Testing

@Suite("profile cache: binary identity and cache location")
struct QEMUProfileCacheTests {
    @Test("a symlink has its target's identity; a rewritten binary gets a new one; a missing one throws")
    func identity() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-identity-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("qemu-system-x86_64")
        let link = directory.appendingPathComponent("qemu-kvm")
        try Data("v1".utf8).write(to: binary)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000.25)], ofItemAtPath: binary.path)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)

        let first = try QEMUProfileCache.identity(ofBinary: binary.path)
        #expect(first == "\(binary.resolvingSymlinksInPath().path)|2|1700000000250")
        #expect(try QEMUProfileCache.identity(ofBinary: link.path) == first)

        try Data("v2.0".utf8).write(to: binary)
        #expect(try QEMUProfileCache.identity(ofBinary: binary.path) != first)
        #expect(throws: (any Error).self) { try QEMUProfileCache.identity(ofBinary: directory.appendingPathComponent("absent").path) }
    }

    @Test("caches follow XDG: $XDG_CACHE_HOME, else $HOME/.cache")
    func location() {
        #expect(QEMUUserCache.directory("profiles", environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]).path == "/x/qemu-cmd/profiles")
        #expect(QEMUUserCache.directory("profiles", environment: ["XDG_CACHE_HOME": "", "HOME": "/h"]).path == "/h/.cache/qemu-cmd/profiles")
        #expect(QEMUUserCache.directory("kernels", environment: ["HOME": "/h"]).path == "/h/.cache/qemu-cmd/kernels")
    }
}
