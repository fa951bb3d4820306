import Foundation
import QEMUCommand

/// Finds the version of a QEMU binary by running `<binary> --version` (from argv, never a shell).
public enum QEMUVersionProbe {
    /// The version `binary` reports; `binary` is a path or a name looked up in `PATH`.
    public static func version(of binary: String) throws(QEMUVersionProbeError) -> QEMUVersion {
        let tool = HostTool()
        guard let executable = tool.locate(binary) else { throw .notFound(binary) }
        let result: HostTool.Result
        do {
            result = try tool.run([executable, "--version"])
        } catch {
            throw .notRunnable(executable, "\(error)")
        }
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        guard result.status == 0, !result.terminatedBySignal, let version = versionFromBanner(text) else {
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
}
