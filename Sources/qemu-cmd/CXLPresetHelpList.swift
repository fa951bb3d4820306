import QEMUCXL

extension CXLPreset {
    /// The presets for `--help` texts: a "Presets:" heading, then one `  name: summary` line each.
    ///
    /// Built by concatenation, not `map` and `joined`: every `qemu-cmd` start reads every command's
    /// configuration, and those generic calls cost runtime type lookups on each start.
    static var helpList: String {
        var text = "Presets:"
        for preset in allCases {
            text += "\n  " + preset.rawValue + ": " + preset.summary
        }
        return text
    }
}
