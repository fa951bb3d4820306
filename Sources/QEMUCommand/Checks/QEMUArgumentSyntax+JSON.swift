extension QEMUArgumentSyntax {
    /// Whether an argument starting with `{` is read as JSON.
    var acceptsJSON: Bool {
        switch self {
        case .jsonOrQEMUOpts, .jsonOrKeyval, .netdev, .display: true
        default: false
        }
    }
}
