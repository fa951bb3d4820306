/// Takes the `hostfwd=` keys of a user network option when every rule reads.
enum QEMUHostForwardReading {
    static func take(_ settings: inout QEMUSettingsReader) -> [QEMUHostForward] {
        var probe = settings
        let rules = probe.takeAll("hostfwd").map(QEMUHostForward.init(parsing:))
        guard rules.allSatisfy({ $0 != nil }) else { return [] }
        settings = probe
        return rules.compactMap { $0 }
    }
}
