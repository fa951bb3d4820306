/// One rewrite `qemu-cmd fmt --normalize` may apply; each keeps what QEMU 7.2 does with the command.
public enum QEMUNormalization: String, CaseIterable, Hashable, Sendable, Codable {
    /// `share` → `share=on`, `noshare` → `share=off` in QemuOpts arguments; a trailing comma is
    /// dropped and an empty implied value is written `key=`.
    case explicitBooleans = "explicit-booleans"
    /// `-M` → `-machine`, `--opt` → `-opt`.
    case longSpellings = "long-spellings"
    /// Repeated `-machine`, `-smp`, `-boot` and `-m` become one option: QEMU merges them, and the
    /// last value of a key wins. Options holding parts of the same list are left alone (QEMU
    /// rejects a list spread over two options), and so are options with `-readconfig` between them.
    case mergeRepeated = "merge-repeated"
}
