extension QEMUCommandLineBuilder {
    /// A typed option (``QEMUMachine``, ``QEMUDevice``, ``QEMUMemory``, …) printed in canonical form.
    public static func buildExpression(_ model: some QEMUOptionModel) -> [QEMUCommandLineItem] { [.option(model.option)] }
    /// An optional typed option: `nil` adds nothing.
    public static func buildExpression(_ model: (some QEMUOptionModel)?) -> [QEMUCommandLineItem] { model.map { [.option($0.option)] } ?? [] }
    /// An item of the typed model.
    public static func buildExpression(_ item: QEMUModelItem) -> [QEMUCommandLineItem] { [item.commandLineItem] }
}

extension QEMUVirtualMachine {
    /// A typed model built with ``QEMUCommandLineBuilder``: every option is read into its family.
    public init(
        environment: [EnvironmentAssignment] = [], program: String?,
        @QEMUCommandLineBuilder _ items: () -> [QEMUCommandLineItem]
    ) {
        self.init(QEMUCommandLine(environment: environment, program: program, items: items()))
    }
}
