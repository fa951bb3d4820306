/// Questions about the parent/child structure of a topology.
extension CXLTopology {
    /// The ids of the components whose `bus` is `parent`.
    public func children(of parent: String) -> [String] {
        rootPorts.filter { $0.bus == parent }.map(\.id) + upstreamPorts.filter { $0.bus == parent }.map(\.id)
            + downstreamPorts.filter { $0.bus == parent }.map(\.id) + memoryDevices.filter { $0.bus == parent }.map(\.id)
    }

    /// How many buses the bridges below `parent` need: one per root port, upstream and downstream port.
    public func busesNeeded(below parent: String) -> Int {
        let kinds = componentKinds
        return children(of: parent).reduce(0) { count, child in
            let bridges = kinds[child] == .memoryDevice ? 0 : 1
            return count + bridges + busesNeeded(below: child)
        }
    }

    /// The memory devices anywhere below `parent`.
    public func memoryDevices(below parent: String) -> [CXLType3Device] {
        let kinds = componentKinds
        var result: [CXLType3Device] = []
        for child in children(of: parent) {
            if kinds[child] == .memoryDevice, let device = memoryDevices.first(where: { $0.id == child }) {
                result.append(device)
            } else {
                result += memoryDevices(below: child)
            }
        }
        return result
    }

    /// The total capacity (persistent, volatile and dynamic) of the devices below `parent`.
    public func capacity(below parent: String) -> UInt64 {
        memoryDevices(below: parent).reduce(0) { $0 + capacity(of: $1) }
    }

    /// A device's persistent, volatile and dynamic capacity together.
    public func capacity(of device: CXLType3Device) -> UInt64 {
        device.memdevs.reduce(0) { $0 + backendSize($1) }
    }

    /// The chain of parents from `id` up to its host bridge (nearest first), stopping at an unknown bus.
    public func ancestors(of id: String) -> [String] {
        var result: [String] = []
        var current = parent(of: id)
        while let next = current, !result.contains(next) {
            result.append(next)
            current = parent(of: next)
        }
        return result
    }

    /// The `bus` of the component `id`.
    public func parent(of id: String) -> String? {
        rootPorts.first { $0.id == id }?.bus ?? upstreamPorts.first { $0.id == id }?.bus
            ?? downstreamPorts.first { $0.id == id }?.bus ?? memoryDevices.first { $0.id == id }?.bus
            ?? hostBridges.first { $0.id == id }?.bus
    }
}
