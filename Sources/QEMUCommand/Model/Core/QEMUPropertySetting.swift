/// Sets or removes one untyped property in a property list.
enum QEMUPropertySetting {
    /// `properties` with `key` set to `value` in place (or appended), or removed when `value` is `nil`.
    static func set(_ key: String, _ value: String?, in properties: [QEMUProperty]) -> [QEMUProperty] {
        var result = properties
        guard let value else {
            result.removeAll { $0.key == key }
            return result
        }
        if let position = result.lastIndex(where: { $0.key == key }) {
            result[position].value = .string(value)
        } else {
            result.append(QEMUProperty(key, value))
        }
        return result
    }
}
