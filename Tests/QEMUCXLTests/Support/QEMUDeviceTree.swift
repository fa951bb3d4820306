/// The devices of `info qtree` output: driver, id and the bus each sits on.
struct QEMUDeviceTree {
    /// One `dev:` line.
    struct Device: Hashable, CustomStringConvertible {
        var driver: String
        var id: String
        var bus: String

        var description: String { "\(driver) \(id) on \(bus)" }
    }

    var devices: [Device] = []

    /// Reads `info qtree`: each `dev: DRIVER, id "ID"` belongs to the nearest less-indented `bus: NAME` above it.
    init(qtree: String) {
        var buses: [(indent: Int, name: String)] = []
        for line in qtree.split(whereSeparator: \.isNewline) {
            let indent = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indent)
            buses.removeAll { $0.indent >= indent }
            if text.hasPrefix("bus: ") {
                buses.append((indent, String(text.dropFirst(5))))
            } else if text.hasPrefix("dev: ") {
                let parts = text.dropFirst(5).split(separator: "\"", omittingEmptySubsequences: false)
                let driver = parts[0].split(separator: ",").first.map(String.init) ?? ""
                devices.append(Device(driver: driver, id: parts.count > 1 ? String(parts[1]) : "", bus: buses.last?.name ?? ""))
            }
        }
    }
}
