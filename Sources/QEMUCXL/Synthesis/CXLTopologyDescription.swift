import Foundation
import Yams

/// A declarative CXL topology: what to build, leaving ids, bus numbers, slots, ports, serials,
/// backends and windows to ``CXLSynthesizer``. Read from YAML or JSON, or built in Swift.
public struct CXLTopologyDescription: Hashable, Sendable, Codable {
    /// A name, used in backend file names; default `cxl`.
    public var name: String?
    /// `q35` (default) or `virt` (arm, QEMU 10.1+).
    public var machine: String?
    /// Guest RAM (`-m`); default 2G.
    public var memory: CXLSize?
    /// `-m maxmem=`; none when absent.
    public var maxMemory: CXLSize?
    /// `-m slots=`; none when absent.
    public var memorySlots: Int?
    /// `-cpu`; `max` on `virt`, none on `q35` when absent.
    public var cpu: String?
    /// How many `-numa node` options to add; default 0.
    public var numaNodes: Int?
    /// The directory for backend files; default `/tmp`.
    public var backendDirectory: String?
    /// The first host bridge bus number; default 12.
    public var firstBusNumber: Int?
    /// Whether to add an empty second root port to single-port host bridges; by default only for
    /// QEMU before 8.0, where a single-port host bridge keeps HDM decoders Linux cannot use.
    public var padRootPorts: Bool?
    /// The host bridges.
    public var hostBridges: [CXLHostBridgeDescription]
    /// The fixed memory windows; one per host bridge when absent.
    public var windows: [CXLWindowDescription]?

    /// Creates a description.
    public init(
        name: String? = nil, machine: String? = nil, memory: CXLSize? = nil, maxMemory: CXLSize? = nil,
        memorySlots: Int? = nil, cpu: String? = nil, numaNodes: Int? = nil, backendDirectory: String? = nil,
        firstBusNumber: Int? = nil, padRootPorts: Bool? = nil, hostBridges: [CXLHostBridgeDescription],
        windows: [CXLWindowDescription]? = nil
    ) {
        self.name = name
        self.machine = machine
        self.memory = memory
        self.maxMemory = maxMemory
        self.memorySlots = memorySlots
        self.cpu = cpu
        self.numaNodes = numaNodes
        self.backendDirectory = backendDirectory
        self.firstBusNumber = firstBusNumber
        self.padRootPorts = padRootPorts
        self.hostBridges = hostBridges
        self.windows = windows
    }

    enum CodingKeys: String, CodingKey {
        case name, machine, memory, cpu, windows
        case maxMemory = "max_memory"
        case memorySlots = "memory_slots"
        case numaNodes = "numa_nodes"
        case backendDirectory = "backend_dir"
        case firstBusNumber = "first_bus_nr"
        case padRootPorts = "pad_root_ports"
        case hostBridges = "host_bridges"
    }

    /// Reads a description from YAML (JSON is YAML too); the error names the field and the problem.
    public init(yaml text: String) throws(CXLDescriptionError) {
        do {
            self = try YAMLDecoder().decode(CXLTopologyDescription.self, from: text)
        } catch let error as DecodingError {
            throw CXLDescriptionError(decoding: error)
        } catch {
            throw CXLDescriptionError(path: "", problem: "not valid YAML or JSON: \(error)", fix: "check the syntax near the position given")
        }
    }

    /// Reads a description from JSON.
    public init(json data: Data) throws(CXLDescriptionError) {
        do {
            self = try JSONDecoder().decode(CXLTopologyDescription.self, from: data)
        } catch let error as DecodingError {
            throw CXLDescriptionError(decoding: error)
        } catch {
            throw CXLDescriptionError(path: "", problem: "not valid JSON: \(error)", fix: "check the JSON syntax")
        }
    }
}
