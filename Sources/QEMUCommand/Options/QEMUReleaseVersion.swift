/// A QEMU release as `major.minor`, such as `7.2` or `10.2`; encoded as that string.
public struct QEMUReleaseVersion: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The major version: `10` in `10.2`.
    public var major: Int
    /// The minor version: `2` in `10.2`.
    public var minor: Int

    /// QEMU 7.2, the baseline this project reads QEMU behaviour from.
    public static let qemu7_2 = QEMUReleaseVersion(major: 7, minor: 2)
    /// QEMU 10.2, the newest release whose option table is known.
    public static let qemu10_2 = QEMUReleaseVersion(major: 10, minor: 2)

    /// Creates a version from its parts.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Reads `major.minor` or `major.minor.micro` (the micro part is ignored); `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let major = Int(parts[0]), let minor = Int(parts[1])
        else { return nil }
        self.init(major: major, minor: minor)
    }

    /// `major.minor`.
    public var description: String {
        "\(major).\(minor)"
    }

    /// Orders by major, then minor.
    public static func < (lhs: QEMUReleaseVersion, rhs: QEMUReleaseVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// Decodes `major.minor`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = QEMUReleaseVersion(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a QEMU version such as 7.2")
        }
        self = version
    }

    /// Encodes `major.minor`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
