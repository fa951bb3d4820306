/// What a Linux guest's CXL bus should show for a topology (cxl.md §6, "Mapping QEMU → Linux ids"):
/// the root's dports are the host bridges' `bus_nr`, a host bridge's dports its root port numbers,
/// a switch's dports its downstream port numbers.
extension CXLTopology {
    /// One entry per host bridge, in order.
    public var linuxHostBridgePorts: [CXLLinuxPort] {
        hostBridges.map { bridge in
            CXLLinuxPort(
                id: bridge.id, parentDportID: bridge.busNumber ?? 0,
                dportIDs: rootPorts.filter { $0.bus == bridge.id }.map { $0.port ?? 0 }.sorted())
        }
    }

    /// One entry per switch (upstream port), in order.
    public var linuxSwitchPorts: [CXLLinuxPort] {
        upstreamPorts.map { upstream in
            let above = rootPorts.first { $0.id == upstream.bus }?.port ?? downstreamPorts.first { $0.id == upstream.bus }?.port
            return CXLLinuxPort(
                id: upstream.id, parentDportID: above ?? 0,
                dportIDs: downstreamPorts.filter { $0.bus == upstream.id }.map { $0.port ?? 0 }.sorted())
        }
    }

    /// The root decoders Linux makes from the windows (`decoder0.N`): interleave ways and the
    /// target list as host bridge ACPI UIDs.
    public var linuxRootDecoderTargets: [[Int]] {
        windows.map { window in
            window.targets.map { target in hostBridges.first { $0.id == target }?.busNumber ?? 0 }
        }
    }
}
