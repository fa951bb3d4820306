import ArgumentParser
import Foundation
import QEMUCXL
import QEMUCommand
import QEMURuntime

/// `qemu-cmd boot FILE | --preset NAME`: boots a stock kernel on the topology and shows what Linux sees on the CXL bus.
struct BootCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boot",
        abstract: "Boot Linux on a CXL topology and compare what it sees on the CXL bus with the command line.",
        discussion: """
            qemu-cmd boots the machine of FILE (a QEMU command line) or of a built-in preset with \
            Debian's stock kernel and a tiny initramfs it writes itself (busybox, the CXL, nvdimm and \
            dax modules, and an init that prints /sys/bus/cxl/devices and powers off). It then compares \
            Linux's memdevs (serials, sizes), host bridges, root ports and switch ports with the topology \
            the command line describes.

            The kernel is downloaded once with `apt-get download linux-image-<version>-amd64` into \
            $XDG_CACHE_HOME/qemu-cmd/kernels (or ~/.cache/qemu-cmd/kernels); delete that directory to \
            fetch a newer one. Host programs used: apt-cache, apt-get, dpkg-deb, depmod, xz, ldd, \
            busybox (package busybox-static) and, with --region, cxl (package ndctl).

            Examples:
              qemu-cmd boot --preset single-pmem
              qemu-cmd boot my-machine.sh --json
              qemu-cmd boot --preset interleave-2hb --region

            QEMU runs under TCG unless --kvm is given and /dev/kvm works. Progress and a time breakdown \
            go to standard error.

            Exit status: 0 when Linux shows exactly the expected topology (and the region, if asked, was \
            created); 1 when something is missing or different, or the boot failed; 2 on a usage error.

            """ + CXLPreset.helpList
    )

    @Argument(help: ArgumentHelp("A file holding a QEMU command line (shell text); - reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Boot a built-in topology instead of a file.", valueName: "name"))
    var preset: CXLPreset?

    @Option(help: ArgumentHelp("Your own kernel image instead of Debian's (needs --modules).", valueName: "path"))
    var kernel: String?

    @Option(help: ArgumentHelp("The modules directory of --kernel (the one holding modules.dep).", valueName: "dir"))
    var modules: String?

    @Option(help: ArgumentHelp("The QEMU binary (default: the file's program, else qemu-system-x86_64).", valueName: "path"))
    var qemu: String?

    @Flag(help: "Print the result as JSON on standard output.")
    var json = false

    @Flag(help: "Also create a persistent region over all memdevs with ndctl's cxl tool in the guest.")
    var region = false

    @Flag(help: "Keep the runtime directories (initramfs, backend files; QMP socket, console log) and print their paths.")
    var keep = false

    @Flag(help: "Use KVM when /dev/kvm works (TCG otherwise).")
    var kvm = false

    @Option(help: ArgumentHelp("Seconds to wait for the guest's report.", valueName: "seconds"))
    var timeout = 180

    func validate() throws {
        if (file == nil) == (preset == nil) {
            throw ValidationError("give either a FILE or --preset NAME")
        }
        if (kernel == nil) != (modules == nil) {
            throw ValidationError("--kernel and --modules go together: the modules must belong to the kernel")
        }
        if timeout < 1 {
            throw ValidationError("--timeout must be at least 1 second")
        }
    }

    func run() async throws {
        let directory = try QEMURuntimeDirectory.boot()
        defer { keep ? Terminal.writeError("qemu-cmd: boot: kept \(directory.url.path)\n") : directory.remove() }
        let interruption = cleanUpOnSignal(directory)
        let machine = try makeMachine(backendDirectory: directory.url.path)
        let options = BootOptions(
            qemu: machine.program, machineArguments: machine.arguments,
            kernel: kernel.map { BootKernel(image: URL(fileURLWithPath: $0), modulesDirectory: URL(fileURLWithPath: modules ?? "")) },
            createsRegion: region, requestsKVM: kvm, timeout: .seconds(timeout), keepsRuntimeFiles: keep
        )
        let session = BootSession(options: options, runtimeDirectory: directory, progress: { Terminal.writeError("qemu-cmd: boot: \($0)\n") })
        let result: BootResult
        do {
            result = try await session.run(expecting: CXLBootExpectation(topology: machine.topology))
        } catch {
            if interruption.isInterrupted { try await Task.sleep(for: .seconds(30)) }
            Terminal.writeError("qemu-cmd: boot: error: \(error)\n")
            throw ExitCode(1)
        }
        try printResult(result)
        Terminal.writeError("qemu-cmd: boot: time: \(result.timings.summary)\n")
        let regionFailed = result.guest.region.map { !$0.succeeded } ?? false
        if !result.comparison.matches || regionFailed { throw ExitCode(1) }
    }

    /// On SIGINT, SIGTERM or SIGHUP: kill QEMU, remove the boot files (unless kept) and exit 128 + signal.
    private func cleanUpOnSignal(_ directory: QEMURuntimeDirectory) -> BootInterruption {
        let keepsFiles = keep
        let interruption = BootInterruption()
        QEMUProcessRegistry.shared.setSignalHandler { signal in
            interruption.record(signal)
            QEMUProcessRegistry.shared.killAll()
            if !keepsFiles { directory.remove() }
            Foundation.exit(128 + signal)
        }
        return interruption
    }

    /// The preset's or the file's machine; a problem with either is reported here with exit status 1.
    private func makeMachine(backendDirectory: String) throws -> BootMachine {
        do {
            if let preset { return try BootMachine(preset: preset, qemu: qemu, backendDirectory: backendDirectory) }
            return try BootMachine(file: file ?? "-", qemu: qemu)
        } catch let error as BootMachine.Problem {
            Terminal.writeError("qemu-cmd: boot: error: \(error.description)\n")
            throw ExitCode(1)
        }
    }

    private func printResult(_ result: BootResult) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(result), as: UTF8.self) + "\n")
        } else {
            Terminal.write(BootReportFormatter(result: result).text)
        }
    }
}
