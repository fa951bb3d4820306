import Foundation
import QEMUCommand
import Testing

@testable import QEMURuntime

@Suite("Differential: qemu-cmd check against the real QEMU 7.2", .serialized)
struct DifferentialTests {
    /// `CASE-NAME` → reason, from Tests/Fixtures/differential-disagreements.txt.
    static func knownDisagreements() throws -> [String: String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/differential-disagreements.txt")
        var result: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            result[parts[0]] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return result
    }

    @Test("check rejects exactly when QEMU's paused start fails, for at least 99% of the cases")
    func agreement() async throws {
        let profile = try await InstalledQEMUProfile.shared.get()
        let checker = QEMUCommandLineChecker(profile: profile)
        let cases = DifferentialCases.all
        #expect(cases.count >= 200)
        #expect(Set(cases.map(\.name)).count == cases.count, "case names must be unique")
        let verdicts = await withTaskGroup(of: (Int, DifferentialRunner.Verdict).self) { group in
            var results: [Int: DifferentialRunner.Verdict] = [:]
            var next = 0
            for _ in 0..<2 where next < cases.count {
                let index = next
                group.addTask { (index, await DifferentialRunner.run(binary: InstalledQEMUProfile.binary, arguments: cases[index].arguments)) }
                next += 1
            }
            while let (index, verdict) = await group.next() {
                results[index] = verdict
                if next < cases.count {
                    let index = next
                    group.addTask { (index, await DifferentialRunner.run(binary: InstalledQEMUProfile.binary, arguments: cases[index].arguments)) }
                    next += 1
                }
            }
            return results
        }
        var disagreements: [String: String] = [:]
        for (index, testCase) in cases.enumerated() {
            let argv = [InstalledQEMUProfile.binary] + DifferentialRunner.commonArguments + testCase.arguments
            let errors = checker.check(QEMUCommandLine.parse(argv: argv)).filter { $0.severity == .error }
            guard let verdict = verdicts[index] else { continue }
            if errors.isEmpty != verdict.accepted {
                disagreements[testCase.name] = "qemu \(verdict.accepted ? "accepts" : "rejects: \(verdict.message)"); check: \(errors.isEmpty ? "no error" : errors.map { "\($0.message) [\($0.ruleID ?? "-")]" }.joined(separator: "; "))"
            }
        }
        let rejected = verdicts.values.filter { !$0.accepted }.count
        let agreement = Double(cases.count - disagreements.count) / Double(cases.count)
        print("differential: \(cases.count) cases, QEMU rejected \(rejected), \(disagreements.count) disagreements, agreement \(String(format: "%.1f", agreement * 100))%")
        for (name, detail) in disagreements.sorted(by: { $0.key < $1.key }) { print("  DISAGREE \(name): \(detail)") }
        #expect(agreement >= 0.99)
        #expect(Set(disagreements.keys) == Set(try Self.knownDisagreements().keys), "every disagreement must be listed with its reason in the fixture")
    }
}
