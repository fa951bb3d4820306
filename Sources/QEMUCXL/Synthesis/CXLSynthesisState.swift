/// The counters and allocations of one synthesis run: generated ids, slots, serial numbers.
struct CXLSynthesisState {
    var topology = CXLTopology()
    private var counters: [String: Int] = [:]
    private var usedIDs: Set<String> = []
    private var usedSerials: Set<UInt64>
    private var nextSerial: UInt64 = 1
    private var nextSlot = 0

    init(reservedSerials: Set<UInt64>) {
        usedSerials = reservedSerials
    }

    /// The given id, or the next `prefix<N>` not taken; an id used twice is an error.
    mutating func id(_ given: String?, prefix: String, at path: String) throws(CXLSynthesisError) -> String {
        if let given {
            guard usedIDs.insert(given).inserted else {
                throw .description(CXLDescriptionError(
                    path: path, problem: "id '\(given)' is used twice", fix: "give every component its own id"))
            }
            return given
        }
        while true {
            let number = counters[prefix, default: 0]
            counters[prefix] = number + 1
            let candidate = prefix + String(number)
            if usedIDs.insert(candidate).inserted { return candidate }
        }
    }

    /// The next unused slot on chassis 0.
    mutating func slot() -> Int {
        defer { nextSlot += 1 }
        return nextSlot
    }

    /// The next unused non-zero serial number.
    mutating func serial() -> UInt64 {
        while usedSerials.contains(nextSerial) { nextSerial += 1 }
        usedSerials.insert(nextSerial)
        return nextSerial
    }
}
