/// Builds the items of a command line from options, components, `if`, `for` and optionals.
///
/// ```swift
/// let vm = QEMUCommandLine(program: "qemu-system-x86_64") {
///     QEMU.machine("q35", ["accel": "tcg"])
///     QEMU.memory(.gibibytes(2))
///     for index in 0..<2 {
///         QEMU.device("pcie-root-port", id: QEMUID("rp\(index)"), ["chassis": .integer(Int64(index + 1))])
///     }
///     if headless { QEMU.display("none") }
/// }
/// ```
@resultBuilder
public enum QEMUCommandLineBuilder {
    /// An option.
    public static func buildExpression(_ option: QEMUOption) -> [QEMUCommandLineItem] { [.option(option)] }
    /// An optional option: `nil` adds nothing.
    public static func buildExpression(_ option: QEMUOption?) -> [QEMUCommandLineItem] { option.map { [.option($0)] } ?? [] }
    /// An item (an option or a disk image).
    public static func buildExpression(_ item: QEMUCommandLineItem) -> [QEMUCommandLineItem] { [item] }
    /// Several options at once.
    public static func buildExpression(_ options: [QEMUOption]) -> [QEMUCommandLineItem] { options.map(QEMUCommandLineItem.option) }
    /// A component contributing its items (a disk that is a `-blockdev` plus a `-device`, say).
    public static func buildExpression(_ component: some QEMUCommandLineComponent) -> [QEMUCommandLineItem] { component.items }
    /// The items of consecutive statements, in order.
    public static func buildBlock(_ parts: [QEMUCommandLineItem]...) -> [QEMUCommandLineItem] { parts.flatMap { $0 } }
    /// `if` without `else`.
    public static func buildOptional(_ part: [QEMUCommandLineItem]?) -> [QEMUCommandLineItem] { part ?? [] }
    /// The `if` branch.
    public static func buildEither(first part: [QEMUCommandLineItem]) -> [QEMUCommandLineItem] { part }
    /// The `else` branch.
    public static func buildEither(second part: [QEMUCommandLineItem]) -> [QEMUCommandLineItem] { part }
    /// `for … in`.
    public static func buildArray(_ parts: [[QEMUCommandLineItem]]) -> [QEMUCommandLineItem] { parts.flatMap { $0 } }
    /// `if #available`.
    public static func buildLimitedAvailability(_ part: [QEMUCommandLineItem]) -> [QEMUCommandLineItem] { part }
}

/// A part of a machine that contributes options: a disk, a network, a CXL topology.
public protocol QEMUCommandLineComponent {
    /// The component's items, in order.
    @QEMUCommandLineBuilder var items: [QEMUCommandLineItem] { get }
}

extension QEMUCommandLine {
    /// A command line built with ``QEMUCommandLineBuilder``.
    public init(
        environment: [EnvironmentAssignment] = [], program: String?,
        @QEMUCommandLineBuilder _ items: () -> [QEMUCommandLineItem]
    ) {
        self.init(environment: environment, program: program, items: items())
    }

    /// The command as shell text in the canonical layout (``QEMUCommandLineFormatter``).
    public var shellText: String { QEMUCommandLineFormatter.canonical(self) }
}
