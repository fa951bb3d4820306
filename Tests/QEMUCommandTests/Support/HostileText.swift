import PropertyBased

/// Random text made of the bytes the argument syntaxes treat specially, for never-crash tests.
enum HostileText {
    static let alphabet: [Character] = Array("{}[]\"':,.=@+-_0123456789abcdefxXeEkKmMgGbB /\\u\t\n\u{01}é😀")

    /// Strings of 0–24 characters of ``alphabet``.
    static let text = Generator<String, Shrink.None<String>>(run: { rng in
        String((0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
    })

    /// `text` with one character replaced, inserted or removed at a random place.
    static func mutate(_ text: String, _ rng: inout any SeededRandomNumberGenerator) -> String {
        var characters = Array(text)
        let position = Int.random(in: 0...characters.count, using: &rng)
        let replacement = alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
        switch Int.random(in: 0...2, using: &rng) {
        case 0 where position < characters.count: characters[position] = replacement
        case 1: characters.insert(replacement, at: position)
        default: if position < characters.count { characters.remove(at: position) }
        }
        return String(characters)
    }
}
