/// Walks a description's devices and switches with their field paths.
enum CXLDescriptionWalk {
    /// Every explicit serial number with the path of the field that gives it.
    static func serials(_ description: CXLTopologyDescription) -> [(path: String, serial: UInt64)] {
        var result: [(String, UInt64)] = []
        for (bridgeIndex, bridge) in description.hostBridges.enumerated() {
            for (portIndex, port) in bridge.rootPorts.enumerated() {
                let portPath = "host_bridges[\(bridgeIndex)].root_ports[\(portIndex)]"
                if let serial = port.device?.serial { result.append((portPath + ".device.serial", serial.value)) }
                if let serial = port.switch?.serial { result.append((portPath + ".switch.serial", serial.value)) }
                for (downIndex, down) in (port.switch?.downstreamPorts ?? []).enumerated() {
                    if let serial = down.device?.serial {
                        result.append((portPath + ".switch.downstream_ports[\(downIndex)].device.serial", serial.value))
                    }
                }
            }
        }
        return result
    }
}
