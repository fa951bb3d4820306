import Foundation

/// Reads the boot-check init's report from console text into a `CXLGuestView`.
public struct CXLGuestViewParser: Sendable {
    private var view = CXLGuestView()
    private var regionRequest: [String: String] = [:]
    private var regionStatus: Int?
    private var regionOutput: [String] = []
    private var regionErrors: [String] = []
    private var regionMessages: [String] = []

    private init() {}

    /// Parses the report between `BootInitScript.beginMarker` and `BootInitScript.endMarker` in `console`.
    public static func parse(console: String) throws -> CXLGuestView {
        let lines = console.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            String(String($0).reversed().drop { $0 == " " || $0 == "\r" }.reversed())
        }
        guard let begin = lines.lastIndex(where: { $0.hasSuffix(BootInitScript.beginMarker) }) else {
            throw BootError.malformedGuestReport("no \(BootInitScript.beginMarker) line on the console; the guest init did not run")
        }
        guard let end = lines[begin...].firstIndex(where: { $0.hasSuffix(BootInitScript.endMarker) }) else {
            throw BootError.malformedGuestReport("the report starting with \(BootInitScript.beginMarker) has no \(BootInitScript.endMarker) line")
        }
        var parser = CXLGuestViewParser()
        let moduleErrorPrefix = BootInitScript.recordPrefix + "module-error "
        parser.view.moduleErrors = lines[..<begin].filter { $0.hasPrefix(moduleErrorPrefix) }.map { String($0.dropFirst(moduleErrorPrefix.count)) }
        for line in lines[(begin + 1) ..< end] where line.hasPrefix(BootInitScript.recordPrefix) {
            try parser.read(String(line.dropFirst(BootInitScript.recordPrefix.count)))
        }
        return parser.finished()
    }

    private mutating func read(_ record: String) throws {
        let kind = String(record.prefix { $0 != " " })
        let rest = String(record.dropFirst(kind.count + 1))
        switch kind {
        case "pci-cxl-functions": view.cxlPCIFunctions = Int(rest) ?? 0
        case "memdev", "port", "endpoint", "decoder", "device": try readDevice(kind, rest)
        case "region-request": regionRequest = Self.fields(rest.split(separator: " ").map(String.init))
        case "region-status": regionStatus = Int(rest)
        case "region-output": regionOutput.append(rest)
        case "region-error": regionErrors.append(rest)
        case "region-dmesg": regionMessages.append(rest)
        default: break
        }
    }

    private mutating func readDevice(_ kind: String, _ rest: String) throws {
        let words = rest.split(separator: " ").map(String.init)
        guard let name = words.first else { throw BootError.malformedGuestReport("`\(kind)` record without a device name") }
        let fields = Self.fields(Array(words.dropFirst()))
        switch kind {
        case "memdev":
            view.memdevs.append(CXLGuestMemdev(
                name: name, serial: Self.number(fields["serial"]), pmemSize: Self.number(fields["pmem"]),
                ramSize: Self.number(fields["ram"]), pciAddress: fields["host"] ?? ""
            ))
        case "port":
            let parent = fields["parent"] ?? ""
            let portKind: CXLGuestPortKind = name.hasPrefix("root") ? .root : parent.hasPrefix("root") ? .hostBridge : .switchPort
            view.ports.append(CXLGuestPort(
                name: name, parent: parent, kind: portKind, upstreamDevice: fields["uport"] ?? "", dports: Self.dports(fields["dports"])
            ))
        case "endpoint":
            view.endpoints.append(CXLGuestEndpoint(name: name, parent: fields["parent"] ?? "", memdev: fields["uport"] ?? ""))
        case "decoder":
            let mode = fields["mode"].flatMap { $0.isEmpty ? nil : $0 }
            view.decoders.append(CXLGuestDecoder(
                name: name, type: fields["type"] ?? "", targets: Self.list(fields["targets"]), ways: Int(fields["ways"] ?? "") ?? 0,
                granularity: Int(fields["granularity"] ?? "") ?? 0, size: Self.number(fields["size"]), mode: mode
            ))
        default:
            view.otherDevices[name] = fields["type"] ?? ""
        }
    }

    private func finished() -> CXLGuestView {
        var result = view
        let rootDports = result.ports(.root).flatMap(\.dports)
        for index in result.ports.indices where result.ports[index].kind == .hostBridge {
            result.ports[index].hostBridgeUID = rootDports.first { $0.device == result.ports[index].upstreamDevice }?.id
        }
        if let regionStatus {
            result.region = CXLGuestRegionResult(
                memdevs: (regionRequest["memdevs"] ?? "").split(separator: ",").map(String.init),
                ways: Int(regionRequest["ways"] ?? "") ?? 0, granularity: Int(regionRequest["granularity"] ?? "") ?? 0,
                status: regionStatus, output: regionOutput, errors: regionErrors, kernelMessages: regionMessages
            )
        }
        return result
    }

    private static func fields(_ words: [String]) -> [String: String] {
        var fields: [String: String] = [:]
        for word in words {
            guard let equals = word.firstIndex(of: "=") else { continue }
            fields[String(word[..<equals])] = String(word[word.index(after: equals)...])
        }
        return fields
    }

    /// A sysfs number: `0x10000000` (hex) or `268435456` (decimal); absent or unreadable reads as 0.
    private static func number(_ text: String?) -> UInt64 {
        guard let text, !text.isEmpty else { return 0 }
        if text.hasPrefix("0x") { return UInt64(text.dropFirst(2), radix: 16) ?? 0 }
        return UInt64(text) ?? 0
    }

    /// `0>0000:0c:00.0,1>0000:0c:01.0` → dports sorted by id.
    private static func dports(_ text: String?) -> [CXLGuestDport] {
        (text ?? "").split(separator: ",").compactMap { pair -> CXLGuestDport? in
            let parts = pair.split(separator: ">", maxSplits: 1)
            guard let id = parts.first.flatMap({ Int($0) }) else { return nil }
            return CXLGuestDport(id: id, device: parts.count > 1 ? String(parts[1]) : "")
        }.sorted { $0.id < $1.id }
    }

    private static func list(_ text: String?) -> [Int] {
        (text ?? "").split(separator: ",").compactMap { Int($0) }
    }
}
