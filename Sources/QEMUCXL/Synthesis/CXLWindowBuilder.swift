/// Builds the fixed memory windows of a description once its host bridges and devices exist.
struct CXLWindowBuilder {
    let description: CXLTopologyDescription
    let topology: CXLTopology

    func windows() throws(CXLSynthesisError) -> [CXLFixedMemoryWindow] {
        let described = description.windows ?? topology.hostBridges.indices.map { CXLWindowDescription(targets: [.index($0)]) }
        var result: [CXLFixedMemoryWindow] = []
        for (index, window) in described.enumerated() {
            result.append(try build(window, at: "windows[\(index)]"))
        }
        return result
    }

    private func build(_ window: CXLWindowDescription, at path: String) throws(CXLSynthesisError) -> CXLFixedMemoryWindow {
        let targets = try resolve(window.targets, at: path + ".targets")
        guard CXLLimits.interleaveWays.contains(targets.count) else {
            throw CXLSynthesizer.invalid(path + ".targets", "\(targets.count) targets", "use 1, 2, 3, 4, 6, 8, 12 or 16 host bridges")
        }
        if let granularity = window.interleaveGranularity, !CXLLimits.granularities.contains(granularity.bytes) {
            throw CXLSynthesizer.invalid(path + ".interleave_granularity", "\(granularity) is not a CXL granularity",
                                         "use 256, 512, 1K, 2K, 4K, 8K or 16K")
        }
        let unit = CXLLimits.capacityUnit * UInt64(targets.count)
        let size: UInt64
        if let given = window.size {
            guard given.bytes > 0, given.bytes % CXLLimits.capacityUnit == 0 else {
                throw CXLSynthesizer.invalid(path + ".size", "\(given) is not a multiple of 256M", "use a multiple of 256M, such as 4G")
            }
            size = given.bytes
        } else {
            let capacity = targets.reduce(UInt64(0)) { $0 + topology.capacity(below: $1) }
            size = max(unit, (capacity + unit - 1) / unit * unit)
        }
        return CXLFixedMemoryWindow(targets: targets, size: size, interleaveGranularity: window.interleaveGranularity?.bytes)
    }

    private func resolve(_ references: [CXLHostBridgeReference]?, at path: String) throws(CXLSynthesisError) -> [String] {
        let ids = topology.hostBridges.map(\.id)
        var result: [String] = []
        for reference in references ?? ids.map({ .id($0) }) {
            let id: String
            switch reference {
            case .index(let index):
                guard ids.indices.contains(index) else {
                    throw CXLSynthesizer.invalid(path, "there is no host bridge \(index)", "use an index from 0 to \(ids.count - 1)")
                }
                id = ids[index]
            case .id(let given):
                guard ids.contains(given) else {
                    throw CXLSynthesizer.invalid(path, "there is no host bridge '\(given)'", "use one of \(ids.joined(separator: ", "))")
                }
                id = given
            }
            guard !result.contains(id) else {
                throw CXLSynthesizer.invalid(path, "host bridge \(id) is listed twice", "list each target once")
            }
            result.append(id)
        }
        return result
    }
}
