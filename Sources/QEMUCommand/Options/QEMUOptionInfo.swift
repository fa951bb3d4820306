/// What QEMU knows about one top-level option: whether it takes an argument, for which targets it
/// exists, how its argument is read, and in which releases it is available.
public struct QEMUOptionInfo: Hashable, Sendable, Codable {
    /// The name without leading dashes, as in `qemu-options.hx`: `machine`, `M`, `device`.
    public var name: String
    /// Whether the next argv element is the option's argument (`HAS_ARG`).
    public var takesArgument: Bool
    /// The targets that accept the option in the newest table that has it.
    public var architectures: QEMUArchitectureSet
    /// The syntax QEMU reads the argument with; ``QEMUArgumentSyntax/flag`` when there is none.
    public var syntax: QEMUArgumentSyntax
    /// The releases that have the option.
    public var availability: QEMUOptionAvailability
    /// A one-line description taken from QEMU's `-help` text.
    public var summary: String

    /// Creates an option description.
    public init(
        name: String,
        takesArgument: Bool,
        architectures: QEMUArchitectureSet,
        syntax: QEMUArgumentSyntax,
        availability: QEMUOptionAvailability,
        summary: String
    ) {
        self.name = name
        self.takesArgument = takesArgument
        self.architectures = architectures
        self.syntax = syntax
        self.availability = availability
        self.summary = summary
    }
}
