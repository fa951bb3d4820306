/// Typed QMP commands. Each sends one command and decodes its reply; errors are `QMPError`.
extension QMPClient {
    /// `query-status`: whether the guest runs and its run state.
    public func queryStatus() async throws -> QMPStatus {
        try await execute("query-status", as: QMPStatus.self)
    }

    /// `query-version`: the QEMU version answering.
    public func queryVersion() async throws -> QMPVersion {
        try await execute("query-version", as: QMPVersion.self)
    }

    /// `query-pci`: every PCI bus with its devices (x86 and other PCI machines).
    public func queryPCI() async throws -> [QMPPCIBus] {
        try await execute("query-pci", as: [QMPPCIBus].self)
    }

    /// `qom-get`: the value of `property` of the QOM object at `path`, e.g. `/machine` `cxl-fmw`.
    public func qomGet(path: String, property: String) async throws -> QMPValue {
        try await execute("qom-get", arguments: ["path": .string(path), "property": .string(property)])
    }

    /// `qom-get` decoded as `type`.
    public func qomGet<T: Decodable>(path: String, property: String, as type: T.Type) async throws -> T {
        let value = try await qomGet(path: path, property: property)
        do {
            return try value.decode(type)
        } catch {
            throw QMPError.unexpectedReply(command: "qom-get", problem: "\(path) \(property): \(error)")
        }
    }

    /// `qom-list`: the properties and children of the QOM object at `path`.
    public func qomList(path: String) async throws -> [QMPObjectProperty] {
        try await execute("qom-list", arguments: ["path": .string(path)], as: [QMPObjectProperty].self)
    }

    /// `device_add`: hot-plugs a device, e.g. driver `virtio-rng-pci` with id `rng0` and `bus` in `properties`.
    public func deviceAdd(driver: String, id: String, properties: QMPObject = [:]) async throws {
        var arguments = properties
        arguments["driver"] = .string(driver)
        arguments["id"] = .string(id)
        try await execute("device_add", arguments: arguments)
    }

    /// `device_del`: asks the guest to release the device `id`; `DEVICE_DELETED` follows when it is gone.
    public func deviceDel(id: String) async throws {
        try await execute("device_del", arguments: ["id": .string(id)])
    }

    /// `stop`: pauses the guest CPUs (event `STOP`).
    public func stop() async throws {
        try await execute("stop")
    }

    /// `cont`: resumes the guest CPUs (event `RESUME`).
    public func cont() async throws {
        try await execute("cont")
    }

    /// `system_powerdown`: presses the ACPI power button (event `POWERDOWN`).
    public func systemPowerdown() async throws {
        try await execute("system_powerdown")
    }

    /// `system_reset`: resets the machine (event `RESET`); pending device removals complete.
    public func systemReset() async throws {
        try await execute("system_reset")
    }

    /// `quit`: ends QEMU at once; the connection closes right after the reply.
    public func quit() async throws {
        try await execute("quit")
    }

    /// `human-monitor-command`: runs an HMP command line such as `info pci` and returns its text.
    public func humanMonitorCommand(_ commandLine: String, cpuIndex: Int? = nil) async throws -> String {
        var arguments: QMPObject = ["command-line": .string(commandLine)]
        if let cpuIndex { arguments["cpu-index"] = .int(Int64(cpuIndex)) }
        return try await execute("human-monitor-command", arguments: arguments, as: String.self)
    }

    /// `cxl-inject-poison` (QEMU 8.1+).
    public func cxlInjectPoison(_ poison: CXLPoisonInjection) async throws {
        try await execute("cxl-inject-poison", arguments: Self.object(encoding: poison))
    }

    /// `cxl-inject-uncorrectable-errors` (QEMU 8.0+) on the Type 3 device at `path`.
    public func cxlInjectUncorrectableErrors(path: String, errors: [CXLUncorrectableError]) async throws {
        let arguments: QMPObject = ["path": .string(path), "errors": try QMPValue(encoding: errors)]
        try await execute("cxl-inject-uncorrectable-errors", arguments: arguments)
    }

    /// `cxl-inject-correctable-error` (QEMU 8.0+) on the Type 3 device at `path`.
    public func cxlInjectCorrectableError(path: String, type: CXLCorrectableErrorType) async throws {
        try await execute(
            "cxl-inject-correctable-error", arguments: ["path": .string(path), "type": .string(type.rawValue)])
    }

    /// `cxl-inject-general-media-event` (QEMU 8.1+).
    public func cxlInjectGeneralMediaEvent(_ event: CXLGeneralMediaEvent) async throws {
        try await execute("cxl-inject-general-media-event", arguments: Self.object(encoding: event))
    }

    /// `cxl-inject-dram-event` (QEMU 8.1+).
    public func cxlInjectDRAMEvent(_ event: CXLDRAMEvent) async throws {
        try await execute("cxl-inject-dram-event", arguments: Self.object(encoding: event))
    }

    /// `cxl-inject-memory-module-event` (QEMU 8.1+).
    public func cxlInjectMemoryModuleEvent(_ event: CXLMemoryModuleEvent) async throws {
        try await execute("cxl-inject-memory-module-event", arguments: Self.object(encoding: event))
    }

    /// `cxl-add-dynamic-capacity` (QEMU 9.1+, unstable).
    public func cxlAddDynamicCapacity(_ request: CXLDynamicCapacityAdd) async throws {
        try await execute("cxl-add-dynamic-capacity", arguments: Self.object(encoding: request))
    }

    /// `cxl-release-dynamic-capacity` (QEMU 9.1+, unstable).
    public func cxlReleaseDynamicCapacity(_ request: CXLDynamicCapacityRelease) async throws {
        try await execute("cxl-release-dynamic-capacity", arguments: Self.object(encoding: request))
    }
}
