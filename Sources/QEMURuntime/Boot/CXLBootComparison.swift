/// The comparison of an expected CXL topology with Linux's view of the CXL bus.
public struct CXLBootComparison: Hashable, Sendable, Codable {
    /// Every difference found; empty when Linux shows what the command line describes.
    public var mismatches: [CXLBootMismatch]

    /// Whether Linux shows exactly the expected memdevs, host bridges, root ports and switch ports.
    public var matches: Bool { mismatches.isEmpty }

    /// Compares `expected` with `guest`.
    public init(expected: CXLBootExpectation, guest: CXLGuestView) {
        mismatches = guest.moduleErrors.map { CXLBootMismatch(kind: .moduleFailed, subject: "kernel module", message: $0) }
        mismatches += Self.memdevMismatches(expected, guest)
        mismatches += Self.hostBridgeMismatches(expected, guest)
        mismatches += Self.switchMismatches(expected, guest)
        let wantedEndpoints = expected.memdevs.filter(\.isBelowCXLPort).count
        if guest.endpoints.count != wantedEndpoints {
            mismatches.append(CXLBootMismatch(
                kind: .endpointCount, subject: "endpoints",
                message: "expected \(wantedEndpoints) endpoint(s), Linux shows \(guest.endpoints.count)"
            ))
        }
    }

    private static func memdevMismatches(_ expected: CXLBootExpectation, _ guest: CXLGuestView) -> [CXLBootMismatch] {
        var result: [CXLBootMismatch] = []
        if guest.memdevs.count != expected.memdevs.count {
            result.append(CXLBootMismatch(
                kind: .memdevCount, subject: "memdevs",
                message: "expected \(expected.memdevs.count) memdev(s), Linux shows \(guest.memdevs.count)"
            ))
        }
        for memdev in expected.memdevs {
            guard let serial = memdev.serial else { continue }
            guard let found = guest.memdevs.first(where: { $0.serial == serial }) else {
                result.append(CXLBootMismatch(kind: .memdevMissing, subject: memdev.label, message: "Linux did not find \(memdev.label): no memdev has this serial" + placement(memdev)))
                continue
            }
            if guest.endpoint(ofMemdev: found.name) == nil {
                result.append(CXLBootMismatch(
                    kind: .memdevNotAttached, subject: memdev.label,
                    message: "Linux did not find \(memdev.label) on the CXL bus hierarchy: \(found.name) at \(found.pciAddress) has no endpoint" + placement(memdev)
                ))
            }
            if found.pmemSize != memdev.pmemSize || found.ramSize != memdev.ramSize {
                result.append(CXLBootMismatch(
                    kind: .memdevSize, subject: memdev.label,
                    message: "expected pmem \(memdev.pmemSize) and ram \(memdev.ramSize) bytes, \(found.name) shows pmem \(found.pmemSize) and ram \(found.ramSize)"
                ))
            }
        }
        return result
    }

    private static func placement(_ memdev: CXLExpectedMemdev) -> String {
        guard case .otherBus(let bus) = memdev.attachment else { return "" }
        return "; it sits on \(bus), not below a cxl-rp or cxl-downstream port"
    }

    private static func hostBridgeMismatches(_ expected: CXLBootExpectation, _ guest: CXLGuestView) -> [CXLBootMismatch] {
        var result: [CXLBootMismatch] = []
        let guestBridges = guest.ports(.hostBridge)
        for bridge in expected.hostBridges {
            let subject = "host bridge \(bridge.id) (bus_nr \(bridge.busNumber))"
            guard let port = guestBridges.first(where: { $0.hostBridgeUID == bridge.busNumber }) else {
                let rootDports = guest.ports(.root).flatMap(\.dportIDs)
                result.append(CXLBootMismatch(kind: .hostBridgeMissing, subject: subject, message: "Linux has no port for it (root dports: \(rootDports.map(String.init).joined(separator: ",")))"))
                continue
            }
            if port.dportIDs != bridge.rootPorts.sorted() {
                result.append(CXLBootMismatch(
                    kind: .rootPorts, subject: subject,
                    message: "expected root ports \(list(bridge.rootPorts.sorted())), \(port.name) shows dports \(list(port.dportIDs))"
                ))
            }
        }
        let expectedBuses = Set(expected.hostBridges.map(\.busNumber))
        for port in guestBridges where !expectedBuses.contains(port.hostBridgeUID ?? -1) {
            result.append(CXLBootMismatch(kind: .hostBridgeUnexpected, subject: port.name, message: "Linux shows host bridge \(port.upstreamDevice), which the command line does not have"))
        }
        return result
    }

    private static func switchMismatches(_ expected: CXLBootExpectation, _ guest: CXLGuestView) -> [CXLBootMismatch] {
        var remaining = guest.ports(.switchPort)
        var result: [CXLBootMismatch] = []
        for expectedSwitch in expected.switches {
            let subject = "switch \(expectedSwitch.id)"
            let parents = Set(guest.ports(.hostBridge).filter { $0.hostBridgeUID == expectedSwitch.hostBridgeBusNumber }.map(\.name))
            let wanted = expectedSwitch.downstreamPorts.sorted()
            let candidates = remaining.filter { parents.contains($0.parent) }
            guard let port = candidates.first(where: { $0.dportIDs == wanted }) ?? candidates.first else {
                result.append(CXLBootMismatch(kind: .switchMissing, subject: subject, message: "Linux has no switch port below host bridge bus_nr \(expectedSwitch.hostBridgeBusNumber)"))
                continue
            }
            remaining.removeAll { $0 == port }
            if port.dportIDs != wanted {
                result.append(CXLBootMismatch(kind: .switchPorts, subject: subject, message: "expected downstream ports \(list(wanted)), \(port.name) shows dports \(list(port.dportIDs))"))
            }
        }
        return result
    }

    private static func list(_ numbers: [Int]) -> String {
        numbers.isEmpty ? "none" : numbers.map(String.init).joined(separator: ",")
    }
}
