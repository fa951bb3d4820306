import PropertyBased
import QEMUCXL
import QEMUCommand
import Testing

/// Random descriptions: whatever the shape, synthesis gives a topology the checks accept and that
/// reads back unchanged from its own command line.
@Suite("Synthesis properties")
struct CXLSynthesisPropertyTests {
    static let choices = Gen.int(in: 0...999).array(of: 48)

    /// Builds a description from `choices`, read left to right as small decisions.
    struct Shape {
        var choices: [Int]
        var position = 0

        mutating func next(_ range: ClosedRange<Int>) -> Int {
            defer { position = (position + 1) % choices.count }
            return range.lowerBound + choices[position] % (range.count)
        }

        mutating func device(volatileAllowed: Bool) -> CXLDeviceDescription {
            let size = CXLSize(bytes: UInt64(next(1...4)) * CXLLimits.capacityUnit)
            switch volatileAllowed ? next(0...2) : 0 {
            case 0: return CXLDeviceDescription(persistent: size, lsa: next(0...1) == 0 ? nil : "128K")
            case 1: return CXLDeviceDescription(volatile: size)
            default: return CXLDeviceDescription(persistent: size, volatile: size)
            }
        }

        mutating func description(volatileAllowed: Bool) -> CXLTopologyDescription {
            var bridges: [CXLHostBridgeDescription] = []
            for _ in 0..<next(1...4) {
                var ports: [CXLRootPortDescription] = []
                for _ in 0..<next(1...3) {
                    switch next(0...2) {
                    case 0: ports.append(CXLRootPortDescription())
                    case 1: ports.append(CXLRootPortDescription(device: device(volatileAllowed: volatileAllowed)))
                    default:
                        var downstream: [CXLDownstreamPortDescription] = []
                        for _ in 0..<next(1...4) {
                            downstream.append(CXLDownstreamPortDescription(device: next(0...3) == 0 ? nil : device(volatileAllowed: volatileAllowed)))
                        }
                        ports.append(CXLRootPortDescription(switch: CXLSwitchDescription(downstreamPorts: downstream)))
                    }
                }
                bridges.append(CXLHostBridgeDescription(rootPorts: ports))
            }
            let windows: [CXLWindowDescription]? = next(0...1) == 0 ? nil : [CXLWindowDescription(interleaveGranularity: "4K")]
            return CXLTopologyDescription(hostBridges: bridges, windows: bridges.count == 3 ? nil : windows)
        }
    }

    static func check(_ choices: [Int], version: QEMUVersion) throws {
        var shape = Shape(choices: choices)
        let description = shape.description(volatileAllowed: version >= QEMUVersion(8, 1))
        let topology = try CXLSynthesizer(version: version).synthesize(description)
        let problems = CXLChecker(version: version).check(topology).filter { $0.severity >= .warning }
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let arguments = try topology.arguments(for: version)
        let reread = CXLTopologyExtractor.extract(from: QEMUCommandLine.parse(argv: ["qemu-system-x86_64"] + arguments))
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.topology == topology)
    }

    @Test("for QEMU 10.1 any shape synthesizes cleanly and reads back from its command line")
    func newest() async {
        await propertyCheck(count: 300, input: Self.choices) { choices in
            #expect(throws: Never.self) { try Self.check(choices, version: QEMUVersion(10, 1)) }
        }
    }

    @Test("for QEMU 7.2 any persistent shape synthesizes cleanly and reads back from its command line")
    func debian() async {
        await propertyCheck(count: 300, input: Self.choices) { choices in
            #expect(throws: Never.self) { try Self.check(choices, version: QEMUVersion(7, 2)) }
        }
    }
}
