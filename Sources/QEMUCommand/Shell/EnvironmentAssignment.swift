/// A `NAME=value` word written before the program: an environment variable for that command.
public struct EnvironmentAssignment: Hashable, Sendable, Codable {
    /// The variable name, `[A-Za-z_][A-Za-z0-9_]*`.
    public var name: String
    /// The value after quote removal.
    public var value: String

    /// Creates an assignment.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// `NAME=value` as the environment entry the program receives.
    public var entry: String { name + "=" + value }

    /// Whether `name` is a valid shell variable name.
    public static func isValidName(_ name: Substring) -> Bool {
        isValidName(utf8: name.utf8)
    }

    /// Whether the UTF-8 bytes `name` are a valid shell variable name.
    static func isValidName(utf8 name: some Collection<UInt8>) -> Bool {
        guard let first = name.first, !isDigit(first) else { return false }
        return name.allSatisfy { isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "_") }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
