import Foundation
import QEMUCommand
import Testing

/// `Tests/Fixtures/libvirt-expected-errors.txt` lists the errors `qemu-cmd check` reports on libvirt's
/// x86_64-latest command lines (pass-through tests of unknown models, options and properties). This
/// suite shows that each is a line QEMU itself refuses, with the same complaint.
@Suite("the libvirt lines check reports as errors are refused by QEMU 7.2 too")
struct LibvirtRejectionTests {
    /// One fixture entry: the corpus file, the line and the rule check reports there.
    struct Entry: CustomStringConvertible {
        var file: String
        var line: Int
        var rule: String
        var description: String { "\(file):\(line) \(rule)" }
    }

    static func entries() throws -> [Entry] {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/libvirt-expected-errors.txt")
        return try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: " ")
            let place = fields[0].split(separator: ":")
            guard fields.count >= 2, place.count == 2, let number = Int(place[1]) else { return nil }
            return Entry(file: String(place[0]), line: number, rule: String(fields[1]))
        }
    }

    /// The option on the entry's line, with the members that name other objects (netdev, drive, bus
    /// and address) left out, so that QEMU reaches the driver, option or property check reports.
    static func isolatedOption(_ entry: Entry) throws -> [String] {
        let text = try String(contentsOf: SharedCorpus.root.appendingPathComponent("corpus/libvirt-11.3.0-args/\(entry.file)"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let source = lines[entry.line - 1].trimmingCharacters(in: .whitespaces)
        let words = QEMUCommandLine.parse(shellText: "qemu " + source.dropLast(source.hasSuffix("\\") ? 1 : 0)).commandLine.arguments
        guard words.count == 2, words[1].hasPrefix("{"), case .object(let members) = try JSONValue(parsing: words[1]) else { return words }
        let references: Set<String> = ["netdev", "drive", "bus", "addr", "unit", "bootindex", "mac"]
        return [words[0], JSONValue.object(members.filter { !references.contains($0.key) }).text]
    }

    /// A fixture rule this suite has no QEMU message for.
    struct UnknownRule: Error {
        var rule: String
    }

    /// What QEMU says about the problem check reports.
    static func complaint(for entry: Entry, option: [String]) throws -> String {
        let driver: String? = option.count == 2 ? (try? JSONValue(parsing: option[1]))?["driver"]?.stringValue : nil
        switch entry.rule {
        case "device.unknown": return "'\(driver ?? "?")' is not a valid device model name"
        case "device.unknown-property": return "Property '\(driver ?? "?")."
        case "option.unknown": return "\(option[0]): invalid option"
        default: throw UnknownRule(rule: entry.rule)
        }
    }

    @Test("each listed line, started alone on a paused q35 machine, makes QEMU 7.2 fail with the same complaint")
    func qemuRefusesEveryListedLine() async throws {
        let entries = try Self.entries()
        #expect(entries.count >= 8)
        for entry in entries {
            let option = try Self.isolatedOption(entry)
            let verdict = await DifferentialRunner.run(binary: InstalledQEMUProfile.binary, arguments: ["-machine", "q35"] + option)
            #expect(!verdict.accepted, "\(entry): QEMU accepted \(option)")
            let complaint = try Self.complaint(for: entry, option: option)
            #expect(verdict.message.contains(complaint), "\(entry): QEMU said \(verdict.message), expected \(complaint)")
        }
    }
}
