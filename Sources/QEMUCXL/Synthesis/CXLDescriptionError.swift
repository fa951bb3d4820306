/// A topology description that cannot be built: where (`host_bridges[0].root_ports[1]`), what is
/// wrong and how to fix it.
public struct CXLDescriptionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field path inside the description, empty for the whole description.
    public var path: String
    /// What is wrong.
    public var problem: String
    /// How to fix it.
    public var fix: String

    /// Creates an error.
    public init(path: String, problem: String, fix: String) {
        self.path = path
        self.problem = problem
        self.fix = fix
    }

    /// Translates a decoding error into a field path and problem.
    init(decoding error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(path: Self.path(context.codingPath), problem: "expected \(type): \(context.debugDescription)", fix: "give a value of that type")
        case .valueNotFound(let type, let context):
            self.init(path: Self.path(context.codingPath), problem: "missing \(type) value", fix: "give a value")
        case .keyNotFound(let key, let context):
            self.init(path: Self.path(context.codingPath + [key]), problem: "required field is missing", fix: "add '\(key.stringValue)'")
        case .dataCorrupted(let context):
            self.init(path: Self.path(context.codingPath), problem: context.debugDescription, fix: "correct the value")
        @unknown default:
            self.init(path: "", problem: "\(error)", fix: "correct the description")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    /// `host_bridges[0]: problem (fix)`.
    public var description: String {
        (path.isEmpty ? "" : path + ": ") + problem + "; " + fix
    }
}
