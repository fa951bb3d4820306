extension Character {
    /// `0`…`9` only.
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
