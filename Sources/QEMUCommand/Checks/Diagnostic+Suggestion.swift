extension Diagnostic {
    /// Appends ` (did you mean 'X'?)` to the message when a close name exists.
    func suggesting(_ name: String, among candidates: some Sequence<String>) -> Diagnostic {
        guard let closest = NameSuggestion.closest(to: name, in: candidates) else { return self }
        var copy = self
        copy.message += " (did you mean '\(closest)'?)"
        if copy.fix == nil { copy.fix = "use '\(closest)'" }
        return copy
    }
}
