import Foundation
import Testing
@testable import QEMURuntime

@Suite("generated init script")
struct BootInitScriptTests {
    @Test("busybox sh accepts the script with and without the region step", arguments: [false, true])
    func syntax(createsRegion: Bool) throws {
        let script = BootInitScript(modules: ["libnvdimm.ko", "cxl_acpi.ko"], createsRegion: createsRegion)
        let directory = try QEMURuntimeDirectory.boot()
        defer { directory.remove() }
        let file = directory.file("init")
        try Data(script.text.utf8).write(to: file)
        let result = try HostTool().run(["/bin/busybox", "sh", "-n", file.path], installHint: "install busybox-static")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(script.text.hasPrefix("#!/bin/busybox sh\n"))
        #expect(script.text.contains("for m in libnvdimm.ko cxl_acpi.ko; do"))
        #expect(script.text.contains("cxl create-region") == createsRegion)
        #expect(script.text.hasSuffix("poweroff -f"))
    }

    @Test("the initramfs holds busybox, init and the modules in load order, each parent directory first")
    func initramfsLayout() throws {
        let release = try #require(
            (try? FileManager.default.contentsOfDirectory(atPath: "/lib/modules"))?.sorted().last { $0.hasSuffix("-amd64") },
            "no Debian kernel in /lib/modules; install linux-image-amd64"
        )
        let kernel = BootKernel(image: URL(fileURLWithPath: "/boot/vmlinuz-" + release), modulesDirectory: URL(fileURLWithPath: "/lib/modules/" + release))
        let archive = try InitramfsBuilder().archive(for: kernel)
        let directory = try QEMURuntimeDirectory.boot()
        defer { directory.remove() }
        try archive.write(to: directory.file("initramfs.cpio"))
        let listing = try HostTool().text(["cpio", "-it", "--quiet", "-F", directory.file("initramfs.cpio").path]).split(separator: "\n").map(String.init)
        #expect(listing.contains("init") && listing.contains("bin/busybox") && listing.contains("lib/modules/cxl_pci.ko"))
        for (index, path) in listing.enumerated() where path.contains("/") {
            let parent = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
            #expect(listing.firstIndex(of: parent).map { $0 < index } == true, "\(parent) must come before \(path)")
        }
        let script = String(decoding: archive, as: UTF8.self)
        let order = try InitramfsBuilder.modulePaths(KernelModuleDependencies(modulesDirectory: kernel.modulesDirectory)).map(KernelModuleFile.plainName(ofPath:))
        #expect(script.contains("for m in " + order.joined(separator: " ") + "; do"))
    }
}
