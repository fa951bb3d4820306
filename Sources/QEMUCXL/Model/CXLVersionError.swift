import QEMUCommand

/// A request the target QEMU version cannot satisfy, naming the version that can.
public struct CXLVersionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The feature asked for.
    public var feature: CXLFeature
    /// The target version.
    public var version: QEMUVersion
    /// Which part of the topology asked for it (`device cxl-vmem0`).
    public var subject: String

    /// Creates an error.
    public init(feature: CXLFeature, version: QEMUVersion, subject: String) {
        self.feature = feature
        self.version = version
        self.subject = subject
    }

    /// The version needed, `MAJOR.MINOR`.
    public var neededVersion: String { feature.minimumVersion.shortDescription }

    /// `device cxl-dcd0: dynamic capacity (…) needs QEMU 9.1 or later; the target is QEMU 7.2`.
    public var description: String {
        "\(subject): \(feature.summary) needs QEMU \(neededVersion) or later; the target is QEMU "
            + "\(version.shortDescription) (use a newer QEMU, or --qemu-version \(neededVersion) to emit for it)"
    }

    /// Throws when `version` lacks `feature`.
    static func require(_ feature: CXLFeature, in version: QEMUVersion, for subject: String) throws(CXLVersionError) {
        guard feature.isAvailable(in: version) else {
            throw CXLVersionError(feature: feature, version: version, subject: subject)
        }
    }
}
