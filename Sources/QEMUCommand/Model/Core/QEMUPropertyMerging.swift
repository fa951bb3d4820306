/// Merges the properties of repeated options the way QEMU merges their settings.
enum QEMUPropertyMerging {
    /// `later` over `earlier`: a key set again takes the new value in its first position.
    static func merge(_ earlier: [QEMUProperty], _ later: [QEMUProperty]) -> [QEMUProperty] {
        var result = earlier
        for property in later {
            if let position = result.firstIndex(where: { $0.key == property.key }) {
                result[position] = property
            } else {
                result.append(property)
            }
        }
        return result
    }
}
