import Foundation
import QEMUCXL
import QEMUCommand
import QEMURuntime

/// The machine `qemu-cmd boot` starts: program, arguments without console or kernel options, and its CXL topology.
struct BootMachine {
    /// A problem with the file or preset, printed as an error with exit status 1.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Options `boot` sets itself, so the file's own are left out: console, display, kernel, acceleration, pausing.
    static let replacedOptions: Set<String> = [
        "kernel", "initrd", "append", "serial", "nographic", "display", "monitor", "qmp", "qmp-pretty",
        "daemonize", "S", "accel", "enable-kvm", "no-reboot", "nodefaults", "vga", "curses",
    ]

    let program: String
    let arguments: [String]
    let topology: CXLTopology

    /// The preset's topology for the version of `qemu`, with backend files in `backendDirectory`.
    init(preset: CXLPreset, qemu: String?, backendDirectory: String) throws {
        program = qemu ?? "qemu-system-x86_64"
        do {
            let version = try QEMUVersionProbe.version(of: program)
            topology = try preset.topology(for: version, backendDirectory: backendDirectory)
            arguments = try topology.arguments(for: version)
        } catch {
            throw Problem(description: "preset \(preset.rawValue): \(error)")
        }
    }

    /// The command line in `file`, without the options `boot` replaces; an unreadable file is a usage error.
    init(file: String, qemu: String?) throws {
        let input = try InputFile.read(file)
        let parsed = QEMUCommandLine.parse(shellText: input.text, fileName: input.name)
        if DiagnosticReport.print(parsed, input: input) {
            throw Problem(description: "\(input.name): the command line has errors (above); fix them and boot again")
        }
        let commandLine = parsed.commandLine
        topology = CXLTopologyExtractor.extract(from: parsed).topology
        if topology.memoryDevices.isEmpty {
            throw Problem(description: "\(input.name): no cxl-type3 device; boot checks what Linux sees of CXL memory devices, so add one (see `qemu-cmd cxl preset single-pmem`)")
        }
        let kept = commandLine.items.filter { item in
            guard let option = item.option else { return true }
            return !Self.replacedOptions.contains(option.name)
        }
        program = qemu ?? commandLine.program ?? "qemu-system-x86_64"
        arguments = QEMUCommandLine(environment: commandLine.environment, program: commandLine.program, items: kept).arguments
    }
}
