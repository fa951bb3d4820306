import PropertyBased
import QEMUCommand
import Testing

@Suite struct QEMULegacyChardevSpecTests {
    static let specs: [(text: String, backend: QEMULegacyChardevBackend, isMux: Bool, backendName: String?)] = [
        ("stdio", .named("stdio"), false, "stdio"),
        ("mon:stdio", .named("stdio"), true, "stdio"),
        ("null", .named("null"), false, "null"),
        ("vc", .virtualConsole(parameters: ""), false, "vc"),
        ("vc:800x600", .virtualConsole(parameters: ":800x600"), false, "vc"),
        ("vc:80Cx24C", .virtualConsole(parameters: ":80Cx24C"), false, "vc"),
        ("vcfoo", .virtualConsole(parameters: "foo"), false, "vc"),
        ("con:", .console, false, "console"),
        ("COM1", .windowsSerial("COM1"), false, "serial"),
        ("file:/tmp/serial,log", .file(path: "/tmp/serial,log"), false, "file"),
        ("pipe:/tmp/fifo", .pipe(path: "/tmp/fifo"), false, "pipe"),
        ("tcp::4444", .socket(QEMULegacyChardevSocket(scheme: .tcp, host: "", port: "4444")), false, "socket"),
        ("/dev/parport0", .parallelDevice(path: "/dev/parport0"), false, "parallel"),
        ("/dev/ppi0", .parallelDevice(path: "/dev/ppi0"), false, "parallel"),
        ("/dev/ttyS0", .serialDevice(path: "/dev/ttyS0"), false, "serial"),
        ("chardev:charserial0", .chardev(id: "charserial0"), false, nil),
        ("none", .none, false, nil),
        ("mon:chardev:x", .unknown("chardev:x"), true, nil),
        ("bogus", .unknown("bogus"), false, nil),
    ]

    @Test(arguments: specs)
    func specsAreReadAsQEMUReadsThem(text: String, backend: QEMULegacyChardevBackend, isMux: Bool, backendName: String?) throws {
        let spec = try QEMULegacyChardevSpec(parsing: text)
        #expect(spec.backend == backend)
        #expect(spec.isMonitorMultiplexed == isMux)
        #expect(spec.backend.backendName == backendName)
        #expect(spec.text == text)
    }

    @Test func tcpOptionsAreQemuOptsWithShortBooleans() throws {
        let spec = try QEMULegacyChardevSpec(parsing: "telnet:localhost:4444,server,nowait")
        guard case .socket(let socket) = spec.backend else { Issue.record("not a socket"); return }
        #expect(socket.scheme == .telnet)
        #expect(socket.host == "localhost")
        #expect(socket.port == "4444")
        #expect(socket.options?.elements == [.flag("server"), .flag("nowait")])
        #expect(socket.options?.value(forKey: "wait") == "off")
        #expect(spec.text == "telnet:localhost:4444,server,nowait")
    }

    @Test func unixSocketImpliesThePath() throws {
        let spec = try QEMULegacyChardevSpec(parsing: "unix:/tmp/s.sock,server,nowait")
        guard case .unixSocket(let options) = spec.backend else { Issue.record("not a unix socket"); return }
        #expect(options.impliedValue == "/tmp/s.sock")
        #expect(options.value(forKey: "server") == "on")
        #expect(spec.backend.backendName == "socket")
        #expect(spec.text == "unix:/tmp/s.sock,server,nowait")
    }

    @Test func udpKeepsLocalAddressAndIgnoredText() throws {
        let local = try QEMULegacyChardevSpec(parsing: "udp::4555@:4556")
        #expect(local.backend == .udp(QEMULegacyChardevUDP(host: "", port: "4555", localHost: "", localPort: "4556")))
        #expect(local.text == "udp::4555@:4556")
        let ignored = try QEMULegacyChardevSpec(parsing: "udp:1.2.3.4:4555,foo")
        guard case .udp(let udp) = ignored.backend else { Issue.record("not udp"); return }
        #expect(udp.host == "1.2.3.4")
        #expect(udp.ignoredText == ",foo")
        #expect(ignored.text == "udp:1.2.3.4:4555,foo")
    }

    @Test func portsAreCutAt32BytesLikeSscanf() throws {
        let port = String(repeating: "9", count: 40)
        let spec = try QEMULegacyChardevSpec(parsing: "tcp::\(port),server=on")
        guard case .socket(let socket) = spec.backend else { Issue.record("not a socket"); return }
        #expect(socket.port == String(repeating: "9", count: 32))
        #expect(socket.ignoredText == "99999999,server=on")
        #expect(socket.options == nil)
        #expect(spec.text == "tcp::\(port),server=on")
    }

    static let malformed: [(text: String, message: String, offset: Int)] = [
        ("vc:80", "invalid virtual console size '80'", 3),
        ("vc:80Cx24", "invalid virtual console size '80Cx24'", 3),
        ("tcp:", "missing ':port' in the tcp address", 4),
        ("tcp:host:", "missing port after ':' in the tcp address", 9),
        ("mon:websocket:localhost", "missing ':port' in the websocket address", 23),
        ("udp::1@x", "missing ':port' in the udp local address", 8),
        ("tcp:" + String(repeating: "h", count: 65) + ":1", "the tcp host is longer than 64 bytes", 4),
    ]

    @Test(arguments: malformed)
    func malformedAddressesGetAPositionedError(text: String, message: String, offset: Int) {
        do {
            let spec = try QEMULegacyChardevSpec(parsing: text)
            Issue.record("'\(text)' parsed as \(spec.backend)")
        } catch {
            #expect(error.message == message)
            #expect(error.range.start.offset == offset)
            #expect(error.fix?.isEmpty == false)
        }
    }

    @Test func libvirtSerialSpecsRoundTrip() throws {
        let arguments = try LibvirtArguments.arguments(of: ["-serial", "-monitor", "-parallel", "-qmp", "-gdb"])
        #expect(!arguments.isEmpty)
        for argument in arguments {
            #expect(try QEMULegacyChardevSpec(parsing: argument).text == argument)
        }
    }

    static let hostileSpecs = Generator<String, Shrink.None<String>>(run: { rng in
        let prefixes = ["", "mon:", "tcp:", "udp:", "unix:", "vc:", "telnet:", "file:", "chardev:"]
        return prefixes[Int.random(in: 0..<prefixes.count, using: &rng)] + HostileText.text.run(using: &rng)
    })

    @Test func hostileSpecsNeverCrashAndPrintBack() async {
        await propertyCheck(count: 10_000, input: Self.hostileSpecs) { text in
            do throws(Diagnostic) {
                let spec = try QEMULegacyChardevSpec(parsing: text)
                #expect(spec.text == text)
                let reparsed = try QEMULegacyChardevSpec(parsing: spec.text)
                #expect(reparsed == spec)
            } catch {
                #expect((0...text.utf8.count).contains(error.range.start.offset))
            }
        }
    }
}
