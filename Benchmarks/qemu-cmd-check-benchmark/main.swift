// Compares `qemu-cmd check` on a CXL command line (profile cached) with QEMU starting the same line
// paused and quitting over QMP. Goal: check takes at most 1/5 of QEMU's time. The two alternate run
// by run, so that both see the same load on the machine.
//
//   scripts/build-release
//   scripts/build-release --product qemu-cmd-check-benchmark
//   .build/release/qemu-cmd-check-benchmark [--qemu PATH] [--runs N]
import Foundation
import QEMUCommand
import QEMURuntime

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let binary = option("--qemu") ?? "/usr/bin/qemu-system-x86_64"
let runs = option("--runs").flatMap(Int.init) ?? 7

/// The CXL line both sides run: a q35 machine with one host bridge, root port, Type 3 device and window.
let cxlArguments = [
    "-S", "-display", "none", "-nodefaults", "-accel", "tcg", "-machine", "q35,cxl=on", "-m", "512",
    "-object", "memory-backend-ram,id=mem0,size=256M,share=on", "-object", "memory-backend-ram,id=lsa0,size=256M,share=on",
    "-device", "pxb-cxl,bus_nr=12,bus=pcie.0,id=cxl.1", "-device", "cxl-rp,port=0,bus=cxl.1,id=rp0,chassis=0,slot=2",
    "-device", "cxl-type3,bus=rp0,memdev=mem0,lsa=lsa0,id=cxl-mem0", "-M", "cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G",
]

func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }

func milliseconds(_ duration: Duration) -> String {
    String(format: "%.1f ms", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
}

/// Runs a program from argv (posix_spawn, as a shell would fork and exec it) with its output
/// discarded, and returns its exit status.
func runProcess(_ path: String, _ arguments: [String]) throws -> Int32 {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw QEMUProbeError(binary: path, reason: "cannot start: \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status >> 8) & 0xff
}

/// QEMU starting the line paused and quitting over QMP.
func qemuStartAndQuit() async throws -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    let process = try await QEMUProcess.launch(QEMULaunchOptions(executable: binary, arguments: cxlArguments, addsSerialConsole: false))
    _ = try await process.qmp.execute("query-status")
    _ = try? await process.qmp.execute("quit")
    try await process.waitForExit(timeout: .seconds(10))
    return clock.now - start
}

do {
    let cache = QEMUProfileCache()
    _ = try await QEMUProbe(binary: binary).profile(cache: cache)
    let text = ([binary] + cxlArguments).map(ShellQuoting.quote).joined(separator: " ")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("qemu-cmd-bench-\(getpid()).sh")
    try text.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let clock = ContinuousClock()
    let cli = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("qemu-cmd").path
    guard FileManager.default.isExecutableFile(atPath: cli) else {
        throw QEMUProbeError(binary: cli, reason: "not built; build it beside this benchmark (see the top of main.swift)")
    }
    var cliTimes: [Duration] = []
    var qemuTimes: [Duration] = []
    var libraryTimes: [Duration] = []
    var loadTimes: [Duration] = []
    for _ in 0..<runs {
        var start = clock.now
        let status = try runProcess(cli, ["check", "--qemu", binary, file.path])
        guard status == 0 else { throw QEMUProbeError(binary: cli, reason: "qemu-cmd check exited with \(status) on the benchmark line") }
        cliTimes.append(clock.now - start)

        qemuTimes.append(try await qemuStartAndQuit())

        start = clock.now
        guard let profile = cache.profile(forBinary: binary) else { throw QEMUProbeError(binary: binary, reason: "profile not cached") }
        loadTimes.append(clock.now - start)
        let errors = QEMUCommandLineChecker(profile: profile).check(shellText: text).filter { $0.severity == .error }
        guard errors.isEmpty else { throw QEMUProbeError(binary: binary, reason: "the benchmark line has errors: \(errors)") }
        libraryTimes.append(clock.now - start)
    }

    let qemu = median(qemuTimes)
    print("median of \(runs) runs, CXL command line (\(cxlArguments.count) arguments)")
    print("  QEMU \(binary): start paused + QMP quit   \(milliseconds(qemu))")
    let checkTime = median(cliTimes)
    print("  qemu-cmd check --qemu (cached profile, whole process)   \(milliseconds(checkTime))")
    print("  QEMUCommandLineChecker (load cached profile + check, in process)   \(milliseconds(median(libraryTimes))) (loading: \(milliseconds(median(loadTimes))))")
    let ratio = checkTime / qemu
    print(String(format: "  check / QEMU = %.2f (goal ≤ 0.20: %@)", ratio, ratio <= 0.2 ? "met" : "missed"))
} catch {
    FileHandle.standardError.write(Data("qemu-cmd-check-benchmark: \(error)\n".utf8))
    exit(1)
}
