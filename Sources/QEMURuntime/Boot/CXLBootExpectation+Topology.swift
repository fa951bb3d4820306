import QEMUCXL

extension CXLBootExpectation {
    /// What Linux should show for `topology`: every type-3 device as a memdev with its serial and sizes,
    /// every `pxb-cxl` with its root ports, every switch with its downstream ports.
    public init(topology: CXLTopology) {
        let bridgeBus = Dictionary(topology.hostBridges.map { ($0.id, $0.busNumber ?? 0) }, uniquingKeysWith: { first, _ in first })
        let rootPorts = Dictionary(topology.rootPorts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let upstreamPorts = Dictionary(topology.upstreamPorts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let downstreamPorts = Dictionary(topology.downstreamPorts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        func switchBridgeBus(_ upstreamID: String) -> Int? {
            upstreamPorts[upstreamID].flatMap { rootPorts[$0.bus] }.flatMap { bridgeBus[$0.bus] }
        }

        func attachment(of device: CXLType3Device) -> CXLExpectedAttachment {
            if let port = rootPorts[device.bus], let bus = bridgeBus[port.bus] {
                return .rootPort(hostBridgeBusNumber: bus, port: port.port ?? 0)
            }
            if let port = downstreamPorts[device.bus], let bus = switchBridgeBus(port.bus) {
                return .switchDownstreamPort(hostBridgeBusNumber: bus, port: port.port ?? 0)
            }
            return .otherBus(device.bus)
        }

        self.init(
            memdevs: topology.memoryDevices.map { device in
                CXLExpectedMemdev(
                    id: device.id, serial: device.serial, pmemSize: topology.backendSize(device.anyPersistentMemdev),
                    ramSize: topology.backendSize(device.volatileMemdev), attachment: attachment(of: device)
                )
            },
            hostBridges: topology.hostBridges.map { bridge in
                CXLExpectedHostBridge(
                    id: bridge.id, busNumber: bridge.busNumber ?? 0,
                    rootPorts: topology.rootPorts.filter { $0.bus == bridge.id }.map { $0.port ?? 0 }
                )
            },
            switches: topology.upstreamPorts.compactMap { upstream in
                switchBridgeBus(upstream.id).map { bus in
                    CXLExpectedSwitch(
                        id: upstream.id, hostBridgeBusNumber: bus,
                        downstreamPorts: topology.downstreamPorts.filter { $0.bus == upstream.id }.map { $0.port ?? 0 }
                    )
                }
            }
        )
    }
}
