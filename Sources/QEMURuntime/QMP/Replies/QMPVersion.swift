/// The reply of `query-version`: `{"qemu": {"major": 7, "minor": 2, "micro": 0}, "package": "..."}`.
public struct QMPVersion: Hashable, Sendable, Codable {
    /// The numeric version triple.
    public var qemu: QMPVersionTriple
    /// The distribution's package string, e.g. `Debian 1:7.2+dfsg-7+deb12u18`.
    public var package: String

    /// Creates a version.
    public init(qemu: QMPVersionTriple, package: String) {
        self.qemu = qemu
        self.package = package
    }
}

/// A QEMU version number such as 7.2.0.
public struct QMPVersionTriple: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Major version, e.g. 7.
    public var major: Int
    /// Minor version, e.g. 2.
    public var minor: Int
    /// Micro version, e.g. 0.
    public var micro: Int

    /// Creates a version number.
    public init(major: Int, minor: Int, micro: Int) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    /// `major.minor.micro`
    public var description: String { "\(major).\(minor).\(micro)" }

    /// Orders versions numerically.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
    }
}
