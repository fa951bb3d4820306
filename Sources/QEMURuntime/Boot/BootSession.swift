import Foundation

/// Runs one boot check: prepares kernel and initramfs, boots QEMU, reads Linux's CXL view from the
/// console, shuts QEMU down and compares the view with the expected topology.
public struct BootSession: Sendable {
    /// What to boot.
    public var options: BootOptions
    /// Where the initramfs (and an extracted kernel) go.
    public var runtimeDirectory: QEMURuntimeDirectory
    /// Receives progress lines (the CLI prints them on stderr).
    public var progress: @Sendable (String) -> Void
    /// The host program runner.
    public var tool: HostTool

    /// A session for `options` using `runtimeDirectory`.
    public init(
        options: BootOptions, runtimeDirectory: QEMURuntimeDirectory, progress: @escaping @Sendable (String) -> Void = { _ in },
        tool: HostTool = HostTool()
    ) {
        self.options = options
        self.runtimeDirectory = runtimeDirectory
        self.progress = progress
        self.tool = tool
    }

    /// Boots and returns Linux's view compared with `expected`.
    public func run(expecting expected: CXLBootExpectation) async throws -> BootResult {
        let clock = ContinuousClock()
        let start = clock.now
        let (kernel, image, initramfs) = try prepare()
        let prepared = clock.now
        let usesKVM = options.requestsKVM && KVMAvailability.isUsable()
        if options.requestsKVM, !usesKVM { progress("/dev/kvm is not usable; booting with TCG") }
        let machine = try await launch(image: image, initramfs: initramfs, usesKVM: usesKVM)
        do {
            var timings = try await collect(from: machine, startedAt: prepared)
            timings.prepare = prepared - start
            let guest = try CXLGuestViewParser.parse(console: machine.consoleText)
            return BootResult(
                kernelRelease: kernel.release, usedKVM: usesKVM, guest: guest, expected: expected,
                comparison: CXLBootComparison(expected: expected, guest: guest), timings: timings
            )
        } catch {
            await machine.kill()
            throw error
        }
    }

    /// The kernel (fetched when needed), the image QEMU boots, and the initramfs written to the runtime directory.
    private func prepare() throws -> (BootKernel, URL, URL) {
        let kernel = try options.kernel ?? DebianKernelCache(tool: tool).kernel(progress: progress)
        progress("preparing kernel \(kernel.release) and initramfs")
        let image = try bootImage(for: kernel)
        let initramfs = runtimeDirectory.file("initramfs.cpio")
        try InitramfsBuilder(createsRegion: options.createsRegion, tool: tool).archive(for: kernel).write(to: initramfs)
        return (kernel, image, initramfs)
    }

    private func launch(image: URL, initramfs: URL, usesKVM: Bool) async throws -> QEMUProcess {
        progress("starting \(options.qemu) (\(usesKVM ? "KVM" : "TCG"))")
        let machine = try await QEMUProcess.launch(QEMULaunchOptions(
            executable: options.qemu, arguments: options.machineArguments + bootArguments(image: image, initramfs: initramfs, usesKVM: usesKVM),
            keepRuntimeDirectory: options.keepsRuntimeFiles
        ))
        if options.keepsRuntimeFiles { progress("QEMU's runtime directory (QMP socket, console log): \(machine.runtimeDirectory)") }
        return machine
    }

    /// The QEMU arguments the check adds to the machine's.
    public func bootArguments(image: URL, initramfs: URL, usesKVM: Bool) -> [String] {
        [
            "-nodefaults", "-display", "none", "-no-reboot", "-accel", usesKVM ? "kvm" : "tcg",
            "-kernel", image.path, "-initrd", initramfs.path, "-append", BootOptions.kernelCommandLine,
        ] + (options.createsRegion ? ["-device", "virtio-rng-pci,bus=pcie.0"] : [])
    }

    /// Waits for init and the end of the report, then for QEMU to power off (shutting it down if it does
    /// not); the kernel's uptime at init splits the time before it into QEMU start and kernel boot.
    private func collect(from machine: QEMUProcess, startedAt start: ContinuousClock.Instant) async throws -> BootTimings {
        let clock = ContinuousClock()
        var timings = BootTimings()
        let initLine = try await machine.waitForConsole(
            matching: NSRegularExpression.escapedPattern(for: BootInitScript.initMarker) + #" uptime=[0-9.]+"#, timeout: options.timeout
        )
        let atInit = clock.now
        let uptime = Double(initLine.split(separator: "=").last ?? "") ?? 0
        timings.kernelBoot = min(.milliseconds(Int64(uptime * 1000)), atInit - start)
        timings.qemuStart = atInit - start - timings.kernelBoot
        progress("Linux is up; loading CXL modules and reading /sys/bus/cxl")
        _ = try await machine.waitForConsole(matching: NSRegularExpression.escapedPattern(for: BootInitScript.endMarker), timeout: options.timeout)
        let atEnd = clock.now
        timings.collection = atEnd - atInit
        if (try? await machine.waitForExit(timeout: .seconds(10))) == nil { await machine.shutdown() }
        timings.shutdown = clock.now - atEnd
        return timings
    }

    /// The uncompressed PVH kernel when the image has one (cached beside a cached kernel, else in the
    /// runtime directory), otherwise the image itself.
    private func bootImage(for kernel: BootKernel) throws -> URL {
        let cached = kernel.image.deletingLastPathComponent().appendingPathComponent("vmlinux-pvh-\(kernel.release)")
        if FileManager.default.fileExists(atPath: cached.path) { return cached }
        let extractor = PVHKernelExtractor(tool: tool)
        if FileManager.default.isWritableFile(atPath: cached.deletingLastPathComponent().path), kernel.isCached,
           try extractor.extract(from: kernel.image, to: cached) {
            return cached
        }
        let local = runtimeDirectory.file("vmlinux")
        return try extractor.extract(from: kernel.image, to: local) ? local : kernel.image
    }
}
