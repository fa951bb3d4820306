import ArgumentParser
import Foundation
import QEMURuntime

/// `qemu-cmd qmp`: send one QMP command to a running QEMU and print the reply.
struct QMPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qmp",
        abstract: "Send one QMP command to a running QEMU and print its reply as JSON.",
        discussion: """
            SOCKET is a QMP unix socket, such as the one 'qemu-cmd run' prints or one given to QEMU \
            with -qmp unix:PATH,server=on,wait=off. A QMP socket serves one client at a time.

            ARGUMENTS is a JSON object with the command's arguments.

            Exit status: 0 when QEMU answered with a result, 1 when QEMU answered with an error \
            (its class and description are printed) or the socket could not be used, 2 on a \
            usage error (for example ARGUMENTS that are not a JSON object).

            Examples:
              qemu-cmd qmp /tmp/qemu-cmd.x/qmp-user.sock query-status
              qemu-cmd qmp SOCKET qom-get '{"path": "/machine", "property": "cxl-fmw"}'
              qemu-cmd qmp SOCKET device_add '{"driver": "virtio-rng-pci", "id": "rng0"}'
            """)

    @Flag(name: .long, help: "On a QMP error, print {\"error\": {\"class\", \"desc\"}} on standard output too.")
    var json = false

    @Option(name: .long, help: "Seconds to wait for the connection and for the reply.")
    var timeout: Int = 10

    @Argument(help: "The QMP unix socket.")
    var socket: String

    @Argument(help: "The QMP command, e.g. query-status.")
    var command: String

    @Argument(help: "The command's arguments as a JSON object.")
    var arguments: String?

    func run() async throws {
        let parsedArguments = try parseArguments()
        guard FileManager.default.fileExists(atPath: socket) else {
            Terminal.writeError("qemu-cmd: error: no QMP socket at \(socket); is QEMU running? ('qemu-cmd run' prints the path)\n")
            throw ExitCode(1)
        }
        do {
            let client = try await QMPClient.connect(socketPath: socket, timeout: .seconds(timeout))
            let reply = try await client.execute(command, arguments: parsedArguments, timeout: .seconds(timeout))
            await client.close()
            Terminal.write(String(decoding: try reply.jsonData(prettyPrinted: true), as: UTF8.self) + "\n")
        } catch let error as QMPError {
            report(error)
            throw ExitCode(1)
        }
    }

    private func parseArguments() throws -> QMPObject? {
        guard let arguments else { return nil }
        guard let value = try? QMPValue(jsonData: Data(arguments.utf8)), case .object(let object) = value else {
            throw UsageError("ARGUMENTS must be a JSON object, e.g. '{\"id\": \"rng0\"}'; got: \(arguments)")
        }
        return object
    }

    private func report(_ error: QMPError) {
        Terminal.writeError("qemu-cmd: error: \(error)\n")
        guard json, case .commandFailed(_, let errorClass, let description) = error else { return }
        let object: QMPValue = ["error": ["class": .string(errorClass), "desc": .string(description)]]
        if let data = try? object.jsonData(prettyPrinted: true) {
            Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}
