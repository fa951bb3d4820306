/// A QEMU release number such as `7.2.0`.
public struct QEMUVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The major number, `7` in `7.2.0`.
    public var major: Int
    /// The minor number, `2` in `7.2.0`.
    public var minor: Int
    /// The micro number, `0` in `7.2.0`.
    public var micro: Int

    /// Creates a version from its three numbers.
    public init(_ major: Int, _ minor: Int, _ micro: Int = 0) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    /// Reads `7.2`, `7.2.0` or `v7.2.22`; nil when the text is not a version.
    public init?(_ text: String) {
        let trimmed = text.hasPrefix("v") ? String(text.dropFirst()) : text
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(parts.count), let major = parts[0], let minor = parts[1] else { return nil }
        let micro = parts.count == 3 ? parts[2] : 0
        guard let micro, major >= 0, minor >= 0, micro >= 0 else { return nil }
        self.init(major, minor, micro)
    }

    /// `MAJOR.MINOR.MICRO`.
    public var description: String { "\(major).\(minor).\(micro)" }

    /// `MAJOR.MINOR`, the form people use for releases.
    public var shortDescription: String { "\(major).\(minor)" }

    /// QEMU 7.2, the baseline this project reads QEMU behaviour from.
    public static let qemu7_2 = QEMUVersion(7, 2)
    /// QEMU 10.2, the newest release whose option table is known.
    public static let qemu10_2 = QEMUVersion(10, 2)

    /// Whether this version and `other` are the same release series (same major and minor).
    public func isSameRelease(as other: QEMUVersion) -> Bool { major == other.major && minor == other.minor }

    public static func < (lhs: QEMUVersion, rhs: QEMUVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
    }
}

extension QEMUVersion: Codable {
    /// Reads the `MAJOR.MINOR.MICRO` string form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = QEMUVersion(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "`\(text)` is not a QEMU version")
        }
        self = version
    }

    /// Writes the `MAJOR.MINOR.MICRO` string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
