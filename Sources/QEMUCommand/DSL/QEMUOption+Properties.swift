extension QEMUOption {
    /// An option whose argument is built from properties, in the syntax QEMU reads the option with.
    ///
    /// QemuOpts options (`-device`, `-netdev`, `-drive`, `-m`, …) get a QemuOpts tree with lists as
    /// repeated keys; keyval options (`-machine`, `-smp`, `-boot`, `-blockdev`, …) get a keyval tree
    /// with lists as `key.0`; `json: true` writes a JSON object for options that accept one. The
    /// trees do all escaping, so values may hold commas, `=`, quotes and any other characters.
    ///
    /// - Parameters:
    ///   - name: the option name without its dash, such as `device`.
    ///   - implied: the value of the option's implied first key (`driver` for `-device`).
    ///   - id: the `id=` property, written right after the implied value.
    ///   - properties: the other properties, in order.
    ///   - json: whether to write the JSON form (`-device '{"driver":…}'`).
    public init(_ name: String, implied: String? = nil, id: QEMUID? = nil, _ properties: QEMUProperties = [:], json: Bool = false) {
        let syntax = QEMUOptionTable.info(for: name)?.syntax ?? .plain
        var all = QEMUProperties()
        all.append("id", id.map(QEMUPropertyValue.id))
        all.entries += properties.entries
        let tree = Self.tree(syntax: syntax, implied: implied, properties: all, json: json)
        self.init(spelling: "-" + name, argument: QEMUOptionArgument(tree))
    }

    private static func tree(syntax: QEMUArgumentSyntax, implied: String?, properties: QEMUProperties, json: Bool) -> QEMUArgumentSyntaxTree {
        switch syntax {
        case .jsonOrQEMUOpts(let group) where json:
            return .json(jsonArgument(impliedKey: group.impliedKey, implied: implied, properties: properties))
        case .jsonOrKeyval(let impliedKey) where json:
            return .json(jsonArgument(impliedKey: impliedKey, implied: implied, properties: properties))
        case .netdev where json:
            return .json(jsonArgument(impliedKey: "type", implied: implied, properties: properties))
        case .netdev where implied == "stream" || implied == "dgram":
            return .keyval(keyvalArgument(impliedKey: "type", implied: implied, properties: properties))
        case .keyval(let impliedKey), .jsonOrKeyval(let impliedKey):
            return .keyval(keyvalArgument(impliedKey: impliedKey, implied: implied, properties: properties))
        case .display:
            return .keyval(keyvalArgument(impliedKey: "type", implied: implied, properties: properties))
        default:
            if let group = syntax.optsGroup {
                return .qemuOpts(qemuOptsArgument(impliedKey: group.impliedKey, implied: implied, properties: properties))
            }
            let text = implied ?? ""
            return QEMUArgumentReader.read(text, as: syntax).0 ?? .plain(text)
        }
    }

    private static func qemuOptsArgument(impliedKey: String?, implied: String?, properties: QEMUProperties) -> QEMUOptsArgument {
        var elements: [QEMUOptsElement] = []
        if let implied, let impliedKey {
            elements.append(implied.isEmpty ? .pair(key: impliedKey, value: "") : .implied(value: implied))
        }
        elements += properties.flattened(indexingLists: false).map { QEMUOptsElement.pair(key: $0.key, value: $0.value) }
        return QEMUOptsArgument(impliedKey: impliedKey, elements: elements)
    }

    private static func keyvalArgument(impliedKey: String?, implied: String?, properties: QEMUProperties) -> QEMUKeyvalArgument {
        var elements: [QEMUKeyvalElement] = []
        if let implied, impliedKey != nil { elements.append(.implied(value: implied)) }
        elements += properties.flattened(indexingLists: true).map { QEMUKeyvalElement.pair(key: $0.key, value: $0.value) }
        return QEMUKeyvalArgument(impliedKey: impliedKey, elements: elements)
    }

    private static func jsonArgument(impliedKey: String?, implied: String?, properties: QEMUProperties) -> JSONArgument {
        var members: [(key: String, value: JSONValue)] = []
        if let implied, let impliedKey { members.append((impliedKey, .string(implied))) }
        members += properties.entries.map { ($0.key, $0.value.jsonValue) }
        return JSONArgument(.object(members))
    }

    /// An option without an argument (`-S`) or with one given as text (`-kernel bzImage`,
    /// `-serial mon:stdio`), read with the option's syntax the way the parser reads it.
    public init(_ name: String, value: String?) {
        let syntax = QEMUOptionTable.info(for: name)?.syntax ?? .plain
        self.init(spelling: "-" + name, argument: value.map { QEMUOptionArgument(text: $0, syntax: QEMUArgumentReader.read($0, as: syntax).0) })
    }
}
