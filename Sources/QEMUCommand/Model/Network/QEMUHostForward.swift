/// A `hostfwd=` rule of user networking: `[tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport`.
public struct QEMUHostForward: Hashable, Sendable, Codable {
    /// `tcp` or `udp`; `nil` when not written (TCP).
    public var transport: String?
    /// The host address to listen on; `nil` for all addresses.
    public var hostAddress: String?
    /// The host port.
    public var hostPort: UInt16
    /// The guest address; `nil` for the first DHCP address.
    public var guestAddress: String?
    /// The guest port.
    public var guestPort: UInt16

    /// A rule forwarding `hostPort` on `hostAddress` to `guestPort` in the guest.
    public init(transport: String? = "tcp", hostAddress: String? = "127.0.0.1", hostPort: UInt16, guestAddress: String? = nil, guestPort: UInt16) {
        self.transport = transport
        self.hostAddress = hostAddress
        self.hostPort = hostPort
        self.guestAddress = guestAddress
        self.guestPort = guestPort
    }

    /// Reads a rule; `nil` when it is not in the `hostfwd` grammar of `slirp_hostfwd()`.
    public init?(parsing text: String) {
        let halves = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        let host = halves[0].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let guest = halves[1].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard host.count == 3 || host.count == 2, guest.count == 2,
              let hostPort = UInt16(host[host.count - 1]), let guestPort = UInt16(guest[1]) else { return nil }
        transport = host.count == 3 ? host[0] : nil
        hostAddress = host[host.count - 2].isEmpty ? nil : host[host.count - 2]
        self.hostPort = hostPort
        guestAddress = guest[0].isEmpty ? nil : guest[0]
        self.guestPort = guestPort
        guard self.text == text else { return nil }
    }

    /// The rule as `hostfwd=` takes it.
    public var text: String {
        let host = (hostAddress ?? "") + ":" + String(hostPort)
        return (transport.map { $0 + ":" } ?? "") + host + "-" + (guestAddress ?? "") + ":" + String(guestPort)
    }
}
