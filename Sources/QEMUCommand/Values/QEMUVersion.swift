/// A QEMU release number such as `7.2.0`, ordered so that `7.2 < 8.1 < 10.1`.
public struct QEMUVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The major number, `8` in `8.1.0`.
    public var major: Int
    /// The minor number, `1` in `8.1.0`.
    public var minor: Int
    /// The micro number, `0` in `8.1.0`.
    public var micro: Int

    /// Creates a version from its numbers.
    public init(_ major: Int, _ minor: Int, _ micro: Int = 0) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    /// Reads `7.2`, `8.1.0` or `v9.2.0`; `nil` when the text is not a version.
    public init?(_ text: String) {
        let digits = text.hasPrefix("v") ? text.dropFirst() : Substring(text)
        let numbers = digits.split(separator: ".", omittingEmptySubsequences: false).map { part in
            part.allSatisfy(\.isASCII) ? Int(part) : nil
        }
        guard (2...3).contains(numbers.count), numbers.allSatisfy({ ($0 ?? -1) >= 0 }),
              let major = numbers[0], let minor = numbers[1] else { return nil }
        self.init(major, minor, numbers.count == 3 ? (numbers[2] ?? 0) : 0)
    }

    /// Reads the version from the first line `qemu-system-* --version` prints:
    /// `QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)`.
    public init?(versionOutput: String) {
        for line in versionOutput.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let position = words.firstIndex(of: "version"), position + 1 < words.count else { continue }
            self.init(String(words[position + 1]))
            return
        }
        return nil
    }

    /// `MAJOR.MINOR.MICRO`.
    public var description: String { "\(major).\(minor).\(micro)" }

    /// `MAJOR.MINOR`, the way releases are usually named.
    public var shortDescription: String { "\(major).\(minor)" }

    public static func < (lhs: QEMUVersion, rhs: QEMUVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
    }
}

extension QEMUVersion: Codable {
    /// Reads the string form, `"8.1"` or `"8.1.0"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = QEMUVersion(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a QEMU version; write it like 7.2 or 8.1.0")
        }
        self = version
    }

    /// Writes the `MAJOR.MINOR.MICRO` string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
