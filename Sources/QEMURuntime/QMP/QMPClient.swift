import Foundation

/// A client for QEMU's machine protocol (QMP) over a connected socket.
///
/// `connect` reads QEMU's greeting and negotiates capabilities; then `execute` sends commands and
/// returns their replies. Events arrive on `events`. When QEMU closes the socket, every waiting and
/// later command fails with `QMPError.connectionClosed` instead of hanging.
public actor QMPClient {
    private struct PendingCommand {
        var command: String
        var continuation: CheckedContinuation<QMPValue, any Error>
        var timer: Task<Void, Never>
    }

    /// The greeting QEMU sent, with its version and offered capabilities.
    public private(set) var greeting: QMPGreeting?
    /// How long a command may wait for its reply when no timeout is given.
    public let defaultTimeout: Duration
    /// True once the connection has closed.
    public private(set) var isClosed = false

    private let socket: QMPSocket
    private let broadcaster = QMPEventBroadcaster()
    private var pending: [Int: PendingCommand] = [:]
    private var nextID = 1
    private static let greetingID = 0

    /// A stream of the events QEMU sends from the moment of this call on (each access subscribes anew).
    ///
    /// Subscribe before sending the command whose event you wait for. The stream ends when the
    /// connection closes.
    public nonisolated var events: AsyncStream<QMPEvent> {
        broadcaster.subscribe()
    }

    private init(socket: QMPSocket, defaultTimeout: Duration) {
        self.socket = socket
        self.defaultTimeout = defaultTimeout
    }

    deinit {
        socket.shutdown()
        broadcaster.finish()
    }

    /// Connects to the QMP socket at `socketPath`, retrying every 2 ms while it does not exist yet or
    /// refuses (a failed `connect` costs microseconds; a coarser step would delay every start), then
    /// completes the greeting and `qmp_capabilities` negotiation within `timeout`. Commands then wait
    /// `defaultTimeout` for their reply unless given a timeout of their own.
    public static func connect(
        socketPath: String, timeout: Duration = .seconds(10), defaultTimeout: Duration = .seconds(30)
    ) async throws -> QMPClient {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            do {
                let socket = try QMPSocket.connect(path: socketPath)
                return try await negotiate(on: socket, timeout: deadline - clock.now, defaultTimeout: defaultTimeout)
            } catch QMPError.connectFailed(let path, let error) where [ENOENT, ECONNREFUSED].contains(error) {
                guard clock.now < deadline else { throw QMPError.connectFailed(path: path, errno: error) }
                try await Task.sleep(for: .milliseconds(2))
            }
        }
    }

    /// Takes ownership of an already connected stream socket (for example one end of a socketpair)
    /// and completes the greeting and negotiation.
    public static func connect(
        fileDescriptor: Int32, timeout: Duration = .seconds(10), defaultTimeout: Duration = .seconds(30)
    ) async throws -> QMPClient {
        try await negotiate(on: QMPSocket(fileDescriptor: fileDescriptor), timeout: timeout, defaultTimeout: defaultTimeout)
    }

    private static func negotiate(on socket: QMPSocket, timeout: Duration, defaultTimeout: Duration) async throws -> QMPClient {
        let client = QMPClient(socket: socket, defaultTimeout: defaultTimeout)
        await client.startReceiving()
        try await client.negotiate(timeout: max(timeout, .milliseconds(100)))
        return client
    }

    private func startReceiving() {
        let messages = socket.messages
        Task { [weak self] in
            for await message in messages {
                guard let self else { return }
                await self.receive(message)
            }
            await self?.connectionDidClose()
        }
    }

    private func negotiate(timeout: Duration) async throws {
        if greeting == nil {
            let value = try await waitForReply(id: Self.greetingID, command: "greeting", timeout: timeout) {}
            greeting = try decodeGreeting(value)
        }
        _ = try await execute("qmp_capabilities", timeout: timeout)
    }

    /// Sends `command` with `arguments` and returns the `return` member of QEMU's reply.
    ///
    /// Throws `QMPError.commandFailed` with QEMU's error class and description when QEMU refuses,
    /// `timedOut` after `timeout` (default `defaultTimeout`), `connectionClosed` when the socket closes,
    /// and `CancellationError` when the calling task is cancelled.
    @discardableResult
    public func execute(_ command: String, arguments: QMPObject? = nil, timeout: Duration? = nil) async throws -> QMPValue {
        guard !isClosed else { throw QMPError.connectionClosed(command: command) }
        let id = nextID
        nextID += 1
        var request: QMPObject = ["execute": .string(command), "id": .int(Int64(id))]
        if let arguments { request["arguments"] = .object(arguments) }
        var data = try QMPValue.object(request).jsonData()
        data.append(UInt8(ascii: "\n"))
        return try await waitForReply(id: id, command: command, timeout: timeout ?? defaultTimeout) {
            try socket.send(data, command: command)
        }
    }

    /// Sends `command` with `arguments` and decodes the reply as `Reply`.
    public func execute<Reply: Decodable>(
        _ command: String, arguments: QMPObject? = nil, as reply: Reply.Type, timeout: Duration? = nil
    ) async throws -> Reply {
        let value = try await execute(command, arguments: arguments, timeout: timeout)
        do {
            return try value.decode(reply)
        } catch {
            throw QMPError.unexpectedReply(command: command, problem: "\(error)")
        }
    }

    /// Closes the connection; waiting commands fail with `connectionClosed`.
    public func close() {
        socket.shutdown()
    }

    /// Converts typed command arguments (an `Encodable` struct) into a QMP object.
    public static func object(encoding arguments: some Encodable) throws -> QMPObject {
        guard case .object(let object) = try QMPValue(encoding: arguments) else {
            throw QMPError.malformedMessage("command arguments must encode to a JSON object")
        }
        return object
    }

    private func waitForReply(
        id: Int, command: String, timeout: Duration, send: () throws -> Void
    ) async throws -> QMPValue {
        try Task.checkCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let timer = Task { [weak self] in
                    guard (try? await Task.sleep(for: timeout)) != nil else { return }
                    await self?.resolve(id: id, with: .failure(QMPError.timedOut(command: command, after: timeout)))
                }
                pending[id] = PendingCommand(command: command, continuation: continuation, timer: timer)
                do {
                    try send()
                } catch {
                    resolve(id: id, with: .failure(error))
                }
            }
        } onCancel: {
            Task { await self.resolve(id: id, with: .failure(CancellationError())) }
        }
    }

    private func resolve(id: Int, with result: Result<QMPValue, any Error>) {
        guard let command = pending.removeValue(forKey: id) else { return }
        command.timer.cancel()
        command.continuation.resume(with: result)
    }

    private func receive(_ message: Data) {
        guard let value = try? QMPValue(jsonData: message), case .object(let object) = value else {
            return
        }
        if let greetingValue = object["QMP"] {
            receiveGreeting(greetingValue)
        } else if object["event"] != nil {
            if let event = try? value.decode(QMPEvent.self) { broadcaster.publish(event) }
        } else if let id = replyID(object) {
            resolve(id: id, with: result(ofReply: object, command: pending[id]?.command ?? ""))
        }
    }

    private func receiveGreeting(_ value: QMPValue) {
        if pending[Self.greetingID] != nil {
            resolve(id: Self.greetingID, with: .success(value))
        } else {
            greeting = try? decodeGreeting(value)
        }
    }

    /// The pending command a reply answers: by its `id`, or the oldest when QEMU sent none.
    private func replyID(_ object: QMPObject) -> Int? {
        if case .int(let id)? = object["id"] { return Int(id) }
        return pending.keys.filter { $0 != Self.greetingID }.min()
    }

    private func result(ofReply object: QMPObject, command: String) -> Result<QMPValue, any Error> {
        if let value = object["return"] { return .success(value) }
        let error = object["error"]
        return .failure(QMPError.commandFailed(
            command: command,
            errorClass: error?["class"]?.stringValue ?? "GenericError",
            description: error?["desc"]?.stringValue ?? "QEMU sent an error without a description"
        ))
    }

    private func decodeGreeting(_ value: QMPValue) throws -> QMPGreeting {
        do {
            return try value.decode(QMPGreeting.self)
        } catch {
            throw QMPError.unexpectedReply(command: "greeting", problem: "\(error)")
        }
    }

    private func connectionDidClose() {
        isClosed = true
        for id in pending.keys {
            let command = pending[id]?.command
            resolve(id: id, with: .failure(QMPError.connectionClosed(command: command == "greeting" ? nil : command)))
        }
        broadcaster.finish()
    }
}
