/// One option of the command line with its argument flattened into settings, as the checks see it.
struct QEMUCheckOption: Sendable {
    /// How the argument was read.
    enum Form: Sendable, Equatable {
        /// No argument, or a raw value (`-kernel`, `-cpu`, `-set`).
        case plain
        /// QemuOpts.
        case qemuOpts
        /// keyval.
        case keyval
        /// JSON.
        case json
    }

    /// The index of the item in the command line.
    var index: Int
    /// The option as written.
    var option: QEMUOption
    /// The option group checks file it under: `machine` for `-M`, the QemuOpts group name
    /// (`memory` for `-m`) otherwise the option name.
    var group: String
    /// How the argument was read.
    var form: Form
    /// The settings in the order written.
    var settings: [QEMUCheckSetting]
    /// Where the option word is.
    var optionRange: SourceRange
    /// Where the argument is (the option word when there is none).
    var argumentRange: SourceRange

    /// The value QEMU uses for `key`: the last setting wins.
    func value(_ key: String) -> String? { settings.last { $0.key == key }?.value }

    /// The last setting of `key`.
    func setting(_ key: String) -> QEMUCheckSetting? { settings.last { $0.key == key } }

    /// The `id`: QemuOpts takes the first one written, JSON and keyval the only one.
    var id: String? { settings.first { $0.key == "id" }?.value }

    /// Where `id=` is, or the argument when it has none.
    var idRange: SourceRange { settings.first { $0.key == "id" }?.valueRange ?? argumentRange }
}
