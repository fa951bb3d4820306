import Foundation
import QEMUCommand
import QEMURuntime
import Testing

/// Each normalising rewrite keeps what QEMU 7.2 builds: the original and the normalised command
/// line are started and their QMP answers compared.
@Suite("Normalising keeps QEMU's meaning", .serialized)
struct NormalizationRealQEMUTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var normalization: QEMUNormalization
        var arguments: String
        var queries: [QEMUObservation.Query]
        /// A query whose answer must contain the text, so the comparison looks at something real.
        var expected: (query: String, contains: String)
    }

    static let base = "qemu-system-x86_64 -S -nodefaults -display none -accel tcg "

    static let cases: [Case] = [
        Case(
            description: "short-form booleans on -object", normalization: .explicitBooleans,
            arguments: "-object memory-backend-ram,id=m0,size=64M,share -object memory-backend-ram,id=m1,size=64M,noshare,",
            queries: [.property(path: "/objects/m0", name: "share"), .property(path: "/objects/m1", name: "share")],
            expected: ("qom-get /objects/m0 share", "true")),
        Case(
            description: "short-form read-only on -drive", normalization: .explicitBooleans,
            arguments: "-drive if=none,id=d0,driver=null-co,read-only",
            queries: [.command("query-block")], expected: ("query-block", "\"ro\":true")),
        Case(
            description: "-M spelled -machine", normalization: .longSpellings,
            arguments: "-M pc,usb=on --m 256M",
            queries: [.property(path: "/machine", name: "usb"), .property(path: "/machine", name: "type"), .command("query-memory-size-summary")],
            expected: ("qom-get /machine usb", "true")),
        Case(
            description: "repeated -machine merged", normalization: .mergeRepeated,
            arguments: "-machine pc,usb=on,graphics=on -machine usb=off -M graphics=off,dump-guest-core=off",
            queries: [.property(path: "/machine", name: "usb"), .property(path: "/machine", name: "graphics"),
                      .property(path: "/machine", name: "dump-guest-core"), .property(path: "/machine", name: "type")],
            expected: ("qom-get /machine usb", "false")),
        Case(
            description: "CXL window list kept in one argument", normalization: .mergeRepeated,
            arguments: "-machine q35 -device pxb-cxl,id=cxl.1,bus=pcie.0,bus_nr=12 -M cxl-fmw.0.targets.0=cxl.1,cxl-fmw.0.size=4G,cxl-fmw.0.interleave-granularity=8k -machine cxl=on",
            queries: [.property(path: "/machine", name: "cxl-fmw"), .property(path: "/machine", name: "cxl")],
            expected: ("qom-get /machine cxl-fmw", "4294967296")),
        Case(
            description: "repeated -smp and -m merged", normalization: .mergeRepeated,
            arguments: "-machine pc -smp 2 -smp sockets=2 -m 256 -m 512M,slots=2,maxmem=1G",
            queries: [.command("query-hotpluggable-cpus"), .command("query-memory-size-summary"), .property(path: "/machine", name: "smp")],
            expected: ("query-memory-size-summary", "536870912")),
        Case(
            description: "repeated -boot merged", normalization: .mergeRepeated,
            arguments: "-machine pc -boot order=c -boot menu=on,once=d",
            queries: [.property(path: "/machine", name: "boot")],
            expected: ("qom-get /machine boot", "\"menu\":true")),
    ]

    @Test(arguments: cases)
    func rewriteKeepsMeaning(_ testCase: Case) async throws {
        try #require(QEMUTestInstance.isInstalled("qemu-system-x86_64"))
        let parsed = QEMUCommandLine.parse(shellText: Self.base + testCase.arguments)
        try #require(!parsed.hasErrors)
        let original = parsed.commandLine
        let normalized = QEMUNormalizer([testCase.normalization]).normalize(original)
        #expect(normalized.argv != original.argv, "the rewrite must change something")
        #expect(QEMUNormalizer([testCase.normalization]).normalize(normalized) == normalized, "normalising twice changes nothing more")
        let before = try await QEMUTestInstance.run(original) { client, _ in try await QEMUObservation.observe(testCase.queries, on: client) }
        let after = try await QEMUTestInstance.run(normalized) { client, _ in try await QEMUObservation.observe(testCase.queries, on: client) }
        #expect(before.answers[testCase.expected.query]?.contains(testCase.expected.contains) == true, "\(before.answers)")
        for query in testCase.queries.map(\.description) {
            #expect(after.answers[query] == before.answers[query], "\(query): \(normalized.argv)")
        }
    }
}
