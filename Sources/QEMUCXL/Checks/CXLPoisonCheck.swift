import QEMUCommand

/// §2 G36: arguments of QMP `cxl-inject-poison`.
public enum CXLPoisonCheck {
    /// Problems with poisoning `length` bytes at `start` on device `path`.
    public static func check(path: String, start: UInt64, length: UInt64) -> [Diagnostic] {
        var result: [Diagnostic] = []
        if start % 64 != 0 {
            result.append(Diagnostic(
                .error, "Poison start address must be 64 byte aligned (\(start))", at: SourceRange(at: .start),
                rule: "cxl.poison-alignment", fix: "use a start that is a multiple of 64"))
        }
        if length == 0 || length % 64 != 0 {
            result.append(Diagnostic(
                .error, "poison length \(length) for \(path) is not a non-zero multiple of 64", at: SourceRange(at: .start),
                rule: "cxl.poison-alignment", fix: "use a length that is a multiple of 64"))
        }
        return result
    }
}
