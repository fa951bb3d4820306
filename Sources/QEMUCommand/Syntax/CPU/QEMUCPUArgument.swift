/// The syntax tree of a `-cpu` argument: `model[,feature…]`.
///
/// The model runs to the first `,` (`parse_cpu_option()`); the rest is split on every `,` like
/// `strtok(",")` in `x86_cpu_parse_featurestr()`, so there is no `,,` escaping and empty tokens
/// mean nothing (they are kept as ``QEMUCPUFeature/empty`` so ``text`` prints the argument back
/// byte-identically). Parsing never fails.
public struct QEMUCPUArgument: Hashable, Sendable, Codable {
    /// The CPU model, such as `host`, `qemu64` or `Haswell-noTSX`.
    public var model: String
    /// The tokens after the model in order, empty ones included; empty when there is no `,`.
    public var features: [QEMUCPUFeature]

    /// Creates an argument.
    public init(model: String, features: [QEMUCPUFeature] = []) {
        self.model = model
        self.features = features
    }

    /// Parses a `-cpu` argument.
    public init(parsing text: String) {
        let tokens = Substring(text).utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        model = tokens.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        features = tokens.dropFirst().map { QEMUCPUFeature(token: $0) }
    }

    /// The argument as written.
    public var text: String {
        features.reduce(model) { $0 + "," + $1.text }
    }

    /// The tokens that mean something (empty ones dropped).
    public var meaningfulFeatures: [QEMUCPUFeature] {
        features.filter { $0 != .empty }
    }

    /// Every property setting in order; `+f`/`f` give `on`, `-f` gives `off`.
    ///
    /// On x86 the `+f`/`-f` forms are applied after all the others, `-f` winning over `+f`.
    public var settings: [(name: String, value: String)] {
        features.compactMap(\.setting)
    }

    /// The QOM property name QEMU uses for a feature name: `_` becomes `-` (`feat2prop()`).
    public static func propertyName(_ feature: String) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: feature.unicodeScalars.map { $0 == "_" ? "-" : $0 })
        return result
    }
}
