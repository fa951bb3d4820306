import Foundation
import Testing
@testable import QEMURuntime

@Suite("kernel module dependency order")
struct BootModuleDependencyTests {
    @Test("dependencies come before the modules that need them, each once, compressed names canonical")
    func orderFromText() throws {
        let dep = """
            kernel/drivers/cxl/cxl_pmem.ko.zst: kernel/drivers/nvdimm/libnvdimm.ko.zst kernel/drivers/cxl/core/cxl_core.ko.zst
            kernel/drivers/cxl/core/cxl_core.ko.zst:
            kernel/drivers/nvdimm/libnvdimm.ko.zst:
            kernel/drivers/nvdimm/nd_pmem.ko.zst: kernel/drivers/nvdimm/nd_btt.ko.zst kernel/drivers/nvdimm/libnvdimm.ko.zst
            kernel/drivers/nvdimm/nd_btt.ko.zst: kernel/drivers/nvdimm/libnvdimm.ko.zst
            """
        let graph = KernelModuleDependencies(modulesDep: dep, modulesBuiltin: "kernel/drivers/cxl/cxl_acpi.ko\n")
        let order = try graph.loadOrder(for: ["cxl_pmem", "nd-pmem", "cxl_acpi"])
        #expect(order == [
            "kernel/drivers/cxl/core/cxl_core.ko.zst", "kernel/drivers/nvdimm/libnvdimm.ko.zst", "kernel/drivers/cxl/cxl_pmem.ko.zst",
            "kernel/drivers/nvdimm/nd_btt.ko.zst", "kernel/drivers/nvdimm/nd_pmem.ko.zst",
        ])
        #expect(throws: BootError.missingKernelModule("cxl_pci")) { try graph.loadOrder(for: ["cxl_pci"]) }
        #expect(KernelModuleFile.plainName(ofPath: "kernel/drivers/cxl/cxl_pci.ko.xz") == "cxl_pci.ko")
    }

    @Test("the installed kernel's modules.dep gives every CXL, nvdimm and dax module after its dependencies")
    func realModulesDep() throws {
        let release = try #require(
            (try? FileManager.default.contentsOfDirectory(atPath: "/lib/modules"))?.sorted().last { $0.hasSuffix("-amd64") },
            "no Debian kernel in /lib/modules; install linux-image-amd64"
        )
        let graph = try KernelModuleDependencies(modulesDirectory: URL(fileURLWithPath: "/lib/modules/" + release))
        let order = try InitramfsBuilder.modulePaths(graph)
        let names = order.map(KernelModuleDependencies.moduleName(ofPath:))
        for required in ["cxl_acpi", "cxl_pci", "cxl_mem", "cxl_pmem", "libnvdimm", "nd_pmem", "dax_pmem", "device_dax"] {
            #expect(names.contains(required) || graph.builtinNames.contains(required), "\(required) missing")
        }
        for (index, path) in order.enumerated() {
            for dependency in graph.dependenciesByPath[path] ?? [] {
                let position = try #require(order.firstIndex(of: dependency), "\(dependency) needed by \(path) is not loaded")
                #expect(position < index, "\(dependency) must load before \(path)")
            }
        }
        #expect(Set(order).count == order.count)
    }
}
