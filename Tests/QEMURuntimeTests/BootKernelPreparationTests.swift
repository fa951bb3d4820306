import Foundation
import Testing
@testable import QEMURuntime

@Suite("kernel preparation")
struct BootKernelPreparationTests {
    @Test("the versioned kernel package is read from apt-cache depends output")
    func kernelPackageFromDepends() {
        let output = """
            linux-image-amd64
              Depends: linux-image-6.1.0-56-amd64
            """
        #expect(DebianKernelCache.kernelPackage(fromDepends: output) == "linux-image-6.1.0-56-amd64")
        #expect(DebianKernelCache.kernelPackage(fromDepends: "linux-image-amd64\n") == nil)
    }

    @Test("the cache lives under XDG_CACHE_HOME, else ~/.cache")
    func cacheRoot() {
        #expect(DebianKernelCache.defaultRoot(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]).path == "/x/qemu-cmd/kernels")
        #expect(DebianKernelCache.defaultRoot(environment: ["HOME": "/h"]).path == "/h/.cache/qemu-cmd/kernels")
    }

    @Test("ldd output gives the libraries and the dynamic loader; the real cxl tool needs its libraries")
    func sharedLibraries() throws {
        let output = """
            \tlinux-vdso.so.1 (0x00007ffc)
            \tlibkmod.so.2 => /lib/x86_64-linux-gnu/libkmod.so.2 (0x00007f)
            \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
            \t/lib64/ld-linux-x86-64.so.2 (0x00007f)
            """
        #expect(SharedLibraryResolver.libraries(fromLDDOutput: output) == [
            "/lib/x86_64-linux-gnu/libkmod.so.2", "/lib/x86_64-linux-gnu/libc.so.6", "/lib64/ld-linux-x86-64.so.2",
        ])
        let cxl = try #require(HostTool().locate("cxl"), "ndctl's cxl tool is not installed; install ndctl")
        let libraries = try SharedLibraryResolver().libraries(of: cxl)
        #expect(libraries.contains { $0.contains("libcxl") })
        #expect(try SharedLibraryResolver().libraries(of: "/bin/busybox").isEmpty)
    }

    @Test("Debian's xz bzImage yields the uncompressed kernel with its PVH entry note")
    func pvhExtraction() throws {
        let image = try #require(
            (try? FileManager.default.contentsOfDirectory(atPath: "/boot"))?.sorted().last { $0.hasPrefix("vmlinuz-") },
            "no /boot/vmlinuz-*; install linux-image-amd64"
        )
        let directory = try QEMURuntimeDirectory.boot()
        defer { directory.remove() }
        let destination = directory.file("vmlinux")
        #expect(!ELFNoteScanner.hasPVHEntry(try Data(contentsOf: URL(fileURLWithPath: "/boot/" + image))))
        #expect(try PVHKernelExtractor().extract(from: URL(fileURLWithPath: "/boot/" + image), to: destination))
        #expect(ELFNoteScanner.hasPVHEntry(try Data(contentsOf: destination)))
        let notLinux = directory.file("not-a-kernel")
        try Data("plain text".utf8).write(to: notLinux)
        #expect(try !PVHKernelExtractor().extract(from: notLinux, to: directory.file("out")))
    }
}

@Suite("kernel cache lock")
struct BootCacheLockTests {
    @Test("a lock left by a process that died is taken over; release removes it")
    func staleLockTakenOver() throws {
        let directory = try QEMURuntimeDirectory.boot()
        defer { directory.remove() }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let lockDirectory = directory.file(".lock")
        try FileManager.default.createDirectory(at: lockDirectory, withIntermediateDirectories: false)
        try Data(String(finished.processIdentifier).utf8).write(to: lockDirectory.appendingPathComponent("pid"))
        let lock = CacheLock(directory: lockDirectory)
        var waited = false
        try lock.acquire(waiting: { waited = true })
        #expect(!waited)
        #expect(try String(contentsOf: lockDirectory.appendingPathComponent("pid"), encoding: .utf8) == String(getpid()))
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: lockDirectory.path))
    }
}
