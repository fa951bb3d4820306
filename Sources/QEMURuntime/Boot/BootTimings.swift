import Foundation

/// How long each phase of a boot check took.
public struct BootTimings: Hashable, Sendable, Codable {
    /// Kernel lookup or download, kernel extraction and initramfs build.
    public var prepare: Duration
    /// From starting QEMU until the guest kernel starts: QEMU's own start, firmware and kernel loading.
    public var qemuStart: Duration
    /// The guest kernel's uptime when init runs.
    public var kernelBoot: Duration
    /// Module loading, settling of the CXL bus and the report (plus the region attempt).
    public var collection: Duration
    /// From the end of the report until QEMU exited.
    public var shutdown: Duration

    /// Timings from their parts.
    public init(prepare: Duration = .zero, qemuStart: Duration = .zero, kernelBoot: Duration = .zero, collection: Duration = .zero, shutdown: Duration = .zero) {
        self.prepare = prepare
        self.qemuStart = qemuStart
        self.kernelBoot = kernelBoot
        self.collection = collection
        self.shutdown = shutdown
    }

    private enum CodingKeys: String, CodingKey {
        case prepare, qemuStart, kernelBoot, collection, shutdown, total
    }

    /// Reads timings written as seconds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys) throws -> Duration { .milliseconds(Int64((try container.decode(Double.self, forKey: key) * 1000).rounded())) }
        self.init(prepare: try read(.prepare), qemuStart: try read(.qemuStart), kernelBoot: try read(.kernelBoot), collection: try read(.collection), shutdown: try read(.shutdown))
    }

    /// Writes each phase and the total as seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in [(CodingKeys.prepare, prepare), (.qemuStart, qemuStart), (.kernelBoot, kernelBoot), (.collection, collection), (.shutdown, shutdown), (.total, total)] {
            try container.encode((Self.secondsValue(value) * 1000).rounded() / 1000, forKey: key)
        }
    }

    /// The whole check, from command to report.
    public var total: Duration { prepare + qemuStart + kernelBoot + collection + shutdown }

    /// `prepare 0.4 s · QEMU start 0.9 s · kernel boot 2.3 s · collection 0.8 s · shutdown 0.1 s · total 4.5 s`.
    public var summary: String {
        [("prepare", prepare), ("QEMU start", qemuStart), ("kernel boot", kernelBoot), ("collection", collection), ("shutdown", shutdown), ("total", total)]
            .map { "\($0.0) \(Self.seconds($0.1))" }
            .joined(separator: " · ")
    }

    private static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f s", secondsValue(duration))
    }

    private static func secondsValue(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
