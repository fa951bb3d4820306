/// Why a description could not be turned into a topology.
public enum CXLSynthesisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The target QEMU version lacks something the description asks for.
    case version(CXLVersionError)
    /// The description itself is inconsistent.
    case description(CXLDescriptionError)

    /// The message for the user.
    public var description: String {
        switch self {
        case .version(let error): error.description
        case .description(let error): error.description
        }
    }

    /// The version error, when it is one.
    public var versionError: CXLVersionError? {
        if case .version(let error) = self { return error }
        return nil
    }
}
