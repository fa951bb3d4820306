import Foundation

extension QEMUCapabilityProfile {
    /// A profile bundled with qemu-cmd.
    ///
    /// `qemu-cmd-profile-generator` makes the bundled profiles from libvirt's QMP transcripts and writes
    /// them as Swift sources, so they are compiled in: a copied or installed binary has all of them
    /// and reads one without looking for files.
    public struct BundledProfile: Hashable, Sendable, CustomStringConvertible {
        /// The QEMU version.
        public let version: QEMUVersion
        /// The target architecture.
        public let target: String
        /// The stored JSON of the profile, as ``QEMUCapabilityProfile/jsonData()`` writes it.
        let json: StaticString

        init(version: QEMUVersion, target: String, json: StaticString) {
            self.version = version
            self.target = target
            self.json = json
        }

        /// `VERSION/TARGET`, e.g. `7.2/x86_64`.
        public var description: String { "\(version.shortDescription)/\(target)" }

        /// Reads the profile.
        public func load() throws(LoadError) -> QEMUCapabilityProfile {
            do {
                return try QEMUCapabilityProfile.read(storedJSON: json.withUTF8Buffer { Array($0) })
            } catch {
                throw LoadError(description: "cannot read the bundled profile \(self): \(error)")
            }
        }

        public static func == (left: Self, right: Self) -> Bool {
            left.version == right.version && left.target == right.target
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(version)
            hasher.combine(target)
        }
    }

    /// A profile could not be found or read.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// What went wrong and what to do about it.
        public var description: String
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
        return try match.load()
    }

    /// The newest bundled profile for a target.
    public static func newestBundled(target: String = "x86_64") throws(LoadError) -> QEMUCapabilityProfile {
        guard let newest = bundledProfiles.last(where: { $0.target == target }) else {
            throw LoadError(description: "no bundled profile for target \(target)")
        }
        return try newest.load()
    }

    /// Reads a profile from a JSON file written by ``jsonData()``.
    public static func load(from url: URL) throws(LoadError) -> QEMUCapabilityProfile {
        try load(fromPath: url.path)
    }

    /// Reads a profile file written by ``jsonData()`` at `path`.
    public static func load(fromPath path: String) throws(LoadError) -> QEMUCapabilityProfile {
        let bytes: [UInt8]
        do {
            bytes = try QEMUProfileFile.bytes(atPath: path)
        } catch {
            throw LoadError(description: "cannot read the profile \(path): \(error.reason)")
        }
        do {
            return try read(storedJSON: bytes)
        } catch {
            throw LoadError(description: "cannot read the profile \(path): \(error)")
        }
    }

    /// The profile as compact JSON with sorted keys (the bundled and cached form).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
