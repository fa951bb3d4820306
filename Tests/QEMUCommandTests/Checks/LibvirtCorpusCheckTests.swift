import Foundation
import Testing

@testable import QEMUCommand

@Suite("libvirt corpus against the newest bundled x86_64 profile")
struct LibvirtCorpusCheckTests {
    /// `FILE:LINE RULE` of every expected error, from the fixture.
    static func expectedErrors() throws -> Set<String> {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/libvirt-expected-errors.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        return Set(lines.map { $0.split(separator: " ").prefix(2).joined(separator: " ") })
    }

    @Test("no errors on the x86_64-latest command lines except QEMU's own rejections listed in the fixture")
    func noErrors() throws {
        let profile = try QEMUCapabilityProfile.newestBundled(target: "x86_64")
        let checker = QEMUCommandLineChecker(profile: profile)
        let files = try SharedCorpus.libvirtFiles().filter { $0.lastPathComponent.hasSuffix(".x86_64-latest.args") }
        #expect(files.count > 500)
        var errors = Set<String>()
        var warnings: [String: Int] = [:]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for diagnostic in checker.check(shellText: text, fileName: file.lastPathComponent) {
                switch diagnostic.severity {
                case .error: errors.insert("\(file.lastPathComponent):\(diagnostic.range.start.line) \(diagnostic.ruleID ?? "-")")
                case .warning: warnings[diagnostic.ruleID ?? "-", default: 0] += 1
                case .note: break
                }
            }
        }
        let summary = warnings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        print("libvirt corpus: \(files.count) files against \(profile.name): \(errors.count) expected errors; warnings: \(summary)")
        #expect(errors == (try Self.expectedErrors()))
    }
}
