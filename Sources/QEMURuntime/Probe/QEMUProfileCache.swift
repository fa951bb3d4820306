import Foundation
import QEMUCommand

/// Probed capability profiles kept under the user cache directory, one per binary identity
/// (path, size and modification time): a rebuilt or upgraded binary is probed again.
public struct QEMUProfileCache: Sendable {
    /// The path of ``directory``.
    public let directoryPath: String

    /// Where the profiles are kept.
    public var directory: URL { URL(fileURLWithPath: directoryPath) }

    /// The cache in `$XDG_CACHE_HOME/qemu-cmd/profiles` (or `~/.cache/qemu-cmd/profiles`), or in `directory`.
    public init(directory: URL? = nil) {
        directoryPath = directory?.path ?? QEMUUserCache.path("profiles")
    }

    /// The identity of a binary: its resolved path, size and modification time (one `realpath` and
    /// one `stat`, as every `check --qemu` asks it).
    public static func identity(ofBinary path: String) throws -> String {
        guard let resolvedPointer = realpath(path, nil) else { throw CocoaError.error(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        let resolved = String(cString: resolvedPointer)
        free(resolvedPointer)
        var status = stat()
        guard stat(resolved, &status) == 0 else { throw CocoaError.error(.fileReadUnknown, userInfo: [NSFilePathErrorKey: resolved]) }
        let modified = Int64(status.st_mtim.tv_sec) * 1000 + Int64(status.st_mtim.tv_nsec) / 1_000_000
        return "\(resolved)|\(status.st_size)|\(modified)"
    }

    /// The cache file for a binary identity.
    public func file(forIdentity identity: String) -> URL {
        URL(fileURLWithPath: filePath(forIdentity: identity))
    }

    /// The path of ``file(forIdentity:)``: the binary's name, a hash of its identity and the profile
    /// format version.
    public func filePath(forIdentity identity: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identity.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let name = identity.prefix { $0 != "|" }.split(separator: "/").last.map(String.init) ?? "qemu"
        return directoryPath + "/" + name + "-" + String(hash, radix: 16) + "-v" + String(QEMUCapabilityProfile.formatVersion) + ".json"
    }

    /// The cached profile of a binary, nil when there is none for its current identity.
    public func profile(forBinary path: String) -> QEMUCapabilityProfile? {
        guard let identity = try? Self.identity(ofBinary: path) else { return nil }
        return try? QEMUCapabilityProfile.load(fromPath: filePath(forIdentity: identity))
    }

    /// Stores the profile of a binary.
    public func store(_ profile: QEMUCapabilityProfile, forBinary path: String) throws {
        let identity = try Self.identity(ofBinary: path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try profile.jsonData().write(to: file(forIdentity: identity), options: .atomic)
    }
}
