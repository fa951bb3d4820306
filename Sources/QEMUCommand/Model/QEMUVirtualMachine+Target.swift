extension QEMUVirtualMachine {
    /// The target of the program (`qemu-system-aarch64` → ``QEMUTarget/aarch64``); `nil` for another program.
    public var target: QEMUTarget? { program.flatMap(QEMUTarget.init(program:)) }

    /// The options this command gives that `target` does not have (`-no-hpet` on aarch64), in order.
    public func optionsMissing(on target: QEMUTarget) -> [QEMUOption] {
        items.compactMap(\.option).filter { $0.info != nil && !target.hasOption($0.name) }
    }

    /// Whether `target` knows the machine type the command selects (or has a default when none is given).
    public func machineTypeExists(on target: QEMUTarget) -> Bool {
        guard let type = machine?.type else { return target.defaultMachineType != nil }
        return target.hasMachineType(type)
    }
}
