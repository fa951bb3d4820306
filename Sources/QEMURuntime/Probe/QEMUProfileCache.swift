import Foundation
import QEMUCommand

/// Probed capability profiles kept under the user cache directory, one per binary identity
/// (path, size and modification time): a rebuilt or upgraded binary is probed again.
public struct QEMUProfileCache: Sendable {
    /// Where the profiles are kept.
    public let directory: URL

    /// The cache in `$XDG_CACHE_HOME/qemu-cmd/profiles` (or `~/.cache/qemu-cmd/profiles`), or in `directory`.
    public init(directory: URL? = nil) {
        if let directory {
            self.directory = directory
        } else if let xdg = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            self.directory = URL(fileURLWithPath: xdg).appendingPathComponent("qemu-cmd/profiles")
        } else {
            self.directory = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/qemu-cmd/profiles")
        }
    }

    /// The identity of a binary: its resolved path, size and modification time.
    public static func identity(ofBinary path: String) throws -> String {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = try FileManager.default.attributesOfItem(atPath: resolved)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(resolved)|\(size)|\(Int64(modified * 1000))"
    }

    /// The cache file for a binary identity.
    public func file(forIdentity identity: String) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identity.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let name = URL(fileURLWithPath: String(identity.prefix { $0 != "|" })).lastPathComponent
        return directory.appendingPathComponent("\(name)-\(String(hash, radix: 16))-v\(QEMUCapabilityProfile.formatVersion).json")
    }

    /// The cached profile of a binary, nil when there is none for its current identity.
    public func profile(forBinary path: String) -> QEMUCapabilityProfile? {
        guard let identity = try? Self.identity(ofBinary: path) else { return nil }
        return try? QEMUCapabilityProfile.load(from: file(forIdentity: identity))
    }

    /// Stores the profile of a binary.
    public func store(_ profile: QEMUCapabilityProfile, forBinary path: String) throws {
        let identity = try Self.identity(ofBinary: path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try profile.jsonData().write(to: file(forIdentity: identity), options: .atomic)
    }
}
