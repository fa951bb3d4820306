import Foundation

extension QEMUCapabilityProfile {
    /// A bundled profile, named by version and target.
    public struct BundledProfile: Hashable, Sendable {
        /// The QEMU version.
        public var version: QEMUVersion
        /// The target architecture.
        public var target: String
        /// The resource file holding it.
        public var url: URL
    }

    /// A profile could not be found or read.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// What went wrong and what to do about it.
        public var description: String
    }

    /// The resource file name of a profile: `qemu-7.2.0-x86_64.json`.
    public static func resourceName(version: QEMUVersion, target: String) -> String {
        "qemu-\(version)-\(target).json"
    }

    /// Every profile bundled with qemu-cmd, oldest first.
    public static var bundledProfiles: [BundledProfile] {
        guard let directory = Bundle.module.url(forResource: "Profiles", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        else { return [] }
        return files.compactMap { url in
            let name = url.deletingPathExtension().lastPathComponent
            let parts = name.split(separator: "-", maxSplits: 2)
            guard url.pathExtension == "json", parts.count == 3, parts[0] == "qemu",
                let version = QEMUVersion(String(parts[1]))
            else { return nil }
            return BundledProfile(version: version, target: String(parts[2]), url: url)
        }.sorted { ($0.version, $0.target) < ($1.version, $1.target) }
    }

    /// The bundled profile of a release (`7.2` matches `7.2.0`) for a target.
    public static func bundled(version: QEMUVersion, target: String = "x86_64") throws(LoadError) -> QEMUCapabilityProfile {
        let candidates = bundledProfiles.filter { $0.target == target }
        guard let match = candidates.first(where: { $0.version == version })
            ?? candidates.last(where: { $0.version.isSameRelease(as: version) })
        else {
            let available = candidates.map(\.version.shortDescription).joined(separator: ", ")
            throw LoadError(description: "no bundled profile for QEMU \(version.shortDescription) on \(target); bundled: \(available.isEmpty ? "none" : available); use --qemu PATH to probe a binary")
        }
        return try load(from: match.url)
    }

    /// The newest bundled profile for a target.
    public static func newestBundled(target: String = "x86_64") throws(LoadError) -> QEMUCapabilityProfile {
        guard let newest = bundledProfiles.last(where: { $0.target == target }) else {
            throw LoadError(description: "no bundled profile for target \(target)")
        }
        return try load(from: newest.url)
    }

    /// Reads a profile from a JSON file written by ``jsonData()``.
    public static func load(from url: URL) throws(LoadError) -> QEMUCapabilityProfile {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw LoadError(description: "cannot read the profile \(url.path): \(error.localizedDescription)")
        }
        do {
            return try read(storedJSON: bytes)
        } catch {
            throw LoadError(description: "cannot read the profile \(url.path): \(error)")
        }
    }

    /// The profile as compact JSON with sorted keys (the bundled and cached form).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
