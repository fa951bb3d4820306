import Foundation
import Testing
@testable import QEMUCommand

/// The libvirt corpus: 1,083 real command lines that must parse, print and format exactly.
@Suite("libvirt corpus")
struct LibvirtCorpusTests {
    @Test func everyFileParsesWithoutErrorAndFormatsToTheSameArgv() throws {
        let files = try SharedCorpus.libvirtFiles()
        var checked = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let result = QEMUCommandLine.parse(shellText: text, fileName: file.lastPathComponent)
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors)")
            let formatted = QEMUCommandLineFormatter.canonical(result.commandLine)
            let reparsed = QEMUCommandLine.parse(shellText: formatted)
            #expect(reparsed.commandLine == result.commandLine, "\(file.lastPathComponent)")
            checked += 1
        }
        #expect(checked == files.count)
        #expect(checked >= 1083)
    }

    /// The reference is the real shell: `/bin/sh` must split the original and the `fmt` output
    /// into the same words, and they must be the words the parser read.
    @Test func theRealShellAgrees() throws {
        let files = try SharedCorpus.libvirtFiles()
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        var batch: [String] = []
        for text in texts {
            let result = QEMUCommandLine.parse(shellText: text)
            batch.append(text)
            batch.append(QEMUCommandLineFormatter.canonical(result.commandLine))
        }
        let shellWords = try POSIXShell.words(ofEach: batch)
        for (position, file) in files.enumerated() {
            let result = QEMUCommandLine.parse(shellText: texts[position])
            let parsed = result.commandLine.environment.map(\.entry) + result.commandLine.argv
            #expect(shellWords[2 * position] == parsed, "\(file.lastPathComponent): parser differs from /bin/sh")
            #expect(shellWords[2 * position + 1] == shellWords[2 * position], "\(file.lastPathComponent): fmt changed argv")
        }
    }

    /// Options QEMU reads as JSON when the argument starts with `{` (`-chardev` is not one of them).
    static func acceptsJSON(_ syntax: QEMUArgumentSyntax) -> Bool {
        switch syntax {
        case .jsonOrQEMUOpts, .jsonOrKeyval, .netdev, .display: true
        default: false
        }
    }

    @Test func everyArgumentTreePrintsBackByteIdentical() throws {
        var arguments = 0
        var jsonArguments = 0
        for file in try SharedCorpus.libvirtFiles() {
            let result = QEMUCommandLine.parse(shellText: try String(contentsOf: file, encoding: .utf8))
            for option in result.commandLine.options {
                guard let argument = option.argument else { continue }
                let syntax = try #require(argument.syntax, "\(file.lastPathComponent) \(option.spelling)")
                #expect(syntax.text == argument.text, "\(file.lastPathComponent) \(option.spelling) \(argument.text)")
                arguments += 1
                if argument.text.hasPrefix("{"), option.info.map({ Self.acceptsJSON($0.syntax) }) == true {
                    guard case .json(let json) = syntax else {
                        Issue.record("\(file.lastPathComponent) \(option.spelling): JSON argument not read as JSON")
                        continue
                    }
                    #expect(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) is [String: Any])
                    jsonArguments += 1
                }
            }
        }
        #expect(arguments > 20_000)
        #expect(jsonArguments > 5_000)
    }
}
