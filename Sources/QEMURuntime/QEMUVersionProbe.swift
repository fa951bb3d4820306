import Foundation
import QEMUCommand

/// Finds the version of a QEMU binary by running `<binary> --version` (from argv, never a shell).
public enum QEMUVersionProbe {
    /// The version `binary` reports; `binary` is a path or a name looked up in `PATH`.
    public static func version(of binary: String) throws(QEMUVersionProbeError) -> QEMUVersion {
        guard let executable = resolve(binary) else { throw .notFound(binary) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--version"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .notRunnable(executable, "\(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0, let version = versionFromBanner(text) else {
            throw .unreadable(executable, text.split(separator: "\n").first.map(String.init) ?? "")
        }
        return version
    }

    /// The version in the banner `--version` prints: `QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)`.
    public static func versionFromBanner(_ banner: String) -> QEMUVersion? {
        for line in banner.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let position = words.firstIndex(of: "version"), position + 1 < words.count else { continue }
            return QEMUVersion(String(words[position + 1]))
        }
        return nil
    }

    /// The executable path for `binary`: itself when it contains `/`, else the first match in `PATH`.
    public static func resolve(_ binary: String) -> String? {
        let manager = FileManager.default
        if binary.contains("/") { return manager.isExecutableFile(atPath: binary) ? binary : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/" + binary
            if manager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
