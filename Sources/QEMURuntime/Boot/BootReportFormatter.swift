import Foundation

/// Prints a boot result as text tables: Linux's CXL view, the region attempt and the comparison.
public struct BootReportFormatter: Sendable {
    /// The result to print.
    public var result: BootResult

    /// A formatter for `result`.
    public init(result: BootResult) {
        self.result = result
    }

    /// The whole report.
    public var text: String {
        ([header] + memdevLines + portLines + decoderLines + regionLines + comparisonLines).joined(separator: "\n") + "\n"
    }

    private var header: String {
        "Linux \(result.kernelRelease) (\(result.usedKVM ? "KVM" : "TCG")) on the CXL bus:"
    }

    private var memdevLines: [String] {
        let rows = result.guest.memdevs.sorted { $0.name < $1.name }.map { memdev in
            let endpoint = result.guest.endpoint(ofMemdev: memdev.name).map { "\($0.name) below \($0.parent)" } ?? "none"
            return [memdev.name, "0x" + String(memdev.serial, radix: 16), Self.size(memdev.pmemSize), Self.size(memdev.ramSize), memdev.pciAddress, endpoint]
        }
        return ["", "memdevs (\(rows.count))"] + Self.table([["NAME", "SERIAL", "PMEM", "RAM", "PCI", "ENDPOINT"]] + rows)
    }

    private var portLines: [String] {
        let rows = result.guest.ports.sorted { $0.name < $1.name }.map { port -> [String] in
            let role: String
            switch port.kind {
            case .root: role = "root"
            case .hostBridge: role = "host bridge" + (port.hostBridgeUID.map { " bus_nr \($0)" } ?? "")
            case .switchPort: role = "switch below \(port.parent)"
            }
            return [port.name, role, port.dportIDs.map(String.init).joined(separator: ","), port.upstreamDevice]
        }
        return ["", "ports (\(rows.count))"] + Self.table([["NAME", "ROLE", "DPORTS", "DEVICE"]] + rows)
    }

    private var decoderLines: [String] {
        let rows = result.guest.decoders.sorted { $0.name < $1.name }.map { decoder in
            [
                decoder.name, decoder.type.replacingOccurrences(of: "cxl_decoder_", with: ""),
                decoder.targets.map(String.init).joined(separator: ","), String(decoder.ways), String(decoder.granularity),
                Self.size(decoder.size), decoder.mode ?? "",
            ]
        }
        return ["", "decoders (\(rows.count))"] + Self.table([["NAME", "TYPE", "TARGETS", "WAYS", "GRANULARITY", "SIZE", "MODE"]] + rows)
    }

    private var regionLines: [String] {
        guard let region = result.guest.region else { return [] }
        let request = "\(region.ways)-way over \(region.memdevs.joined(separator: ",")), granularity \(region.granularity)"
        if region.succeeded {
            return ["", "region: created (\(request))"] + Self.regionSummary(region.output.joined(separator: "\n"))
        }
        return ["", "region: not created (\(request)); cxl create-region exited \(region.status)"]
            + region.errors.map { "  " + $0 } + ["kernel messages:"] + region.kernelMessages.map { "  " + $0 }
    }

    private var comparisonLines: [String] {
        let expected = result.expected
        if result.comparison.matches {
            return ["", "matches the command line: \(expected.memdevs.count) memdev(s), \(expected.hostBridges.count) host bridge(s), "
                + "\(expected.hostBridges.map(\.rootPorts.count).reduce(0, +)) root port(s), \(expected.switches.count) switch(es)"]
        }
        return ["", "differs from the command line (\(result.comparison.mismatches.count)):"]
            + result.comparison.mismatches.map { "  \($0.subject): \($0.message)" }
    }

    /// `region0  1 GiB at 0x110000000  decode_state commit`, then one line per mapping in position order;
    /// the tool's raw output when it is not the expected JSON object.
    static func regionSummary(_ json: String) -> [String] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
              let name = object["region"] as? String
        else { return json.split(separator: "\n").map { "  " + $0 } }
        let capacity = (object["size"] as? NSNumber).map { Self.size($0.uint64Value) } ?? "?"
        let resource = (object["resource"] as? NSNumber).map { "0x" + String($0.uint64Value, radix: 16) } ?? "?"
        let mappings = (object["mappings"] as? [[String: Any]] ?? [])
            .compactMap { mapping -> (Int, String)? in
                guard let position = mapping["position"] as? Int, let memdev = mapping["memdev"] as? String else { return nil }
                return (position, "  position \(position): \(memdev) (\(mapping["decoder"] as? String ?? "?"))")
            }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
        return ["  \(name)  \(capacity) at \(resource)  decode_state \(object["decode_state"] as? String ?? "?")"] + mappings
    }

    /// Columns padded to their widest cell, two spaces apart, indented by two.
    static func table(_ rows: [[String]]) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        let widths = (0 ..< columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            let line = "  " + cells.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// `268435456` → `256 MiB`; `0` → `0`.
    static func size(_ bytes: UInt64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = bytes
        var unit = 0
        while value >= 1024, value % 1024 == 0, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return bytes == 0 ? "0" : "\(value) \(units[unit])"
    }
}
