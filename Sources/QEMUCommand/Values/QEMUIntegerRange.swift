/// An integer list element of the OptsVisitor (`-numa node,cpus=0-3`, `host-nodes=0-1`): one
/// integer, or a closed range `a-b` of at most 65536 values (`OPTS_VISITOR_RANGE_MAX`).
///
/// Both bounds are read like `strtoll(…, 0)` (so `0x10-0x1f` works); the lower bound must not
/// exceed the upper one.
public struct QEMUIntegerRange: Hashable, Sendable, Codable {
    /// The first value.
    public var lower: QEMUInteger
    /// The last value, or `nil` for a single integer.
    public var upper: QEMUInteger?

    /// `OPTS_VISITOR_RANGE_MAX` in qapi/opts-visitor.c.
    public static let maximumCount = 65536

    /// A single value or a range.
    public init(lower: QEMUInteger, upper: QEMUInteger? = nil) {
        self.lower = lower
        self.upper = upper
    }

    /// Parses `a` or `a-b`, reporting the first problem.
    public init(parsing text: String) throws(Diagnostic) {
        var text = text
        let result: Result<QEMUIntegerRange, Diagnostic> = text.withUTF8 { bytes in
            do throws(Diagnostic) {
                return .success(try Self.parse(bytes))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> QEMUIntegerRange {
        let (lower, lowerEnd) = try QEMUInteger.scan(bytes, from: 0)
        guard lowerEnd < bytes.count else { return QEMUIntegerRange(lower: try signed(lower, at: 0)) }
        guard bytes[lowerEnd] == UInt8(ascii: "-") else {
            throw .argumentError(
                "unexpected '\(QEMUInteger.string(bytes, lowerEnd, lowerEnd + 1))' in an integer or range", at: lowerEnd,
                rule: "value.range-invalid", fix: "write one integer (3) or a range of integers (0-3)")
        }
        let (upper, upperEnd) = try QEMUInteger.scan(bytes, from: lowerEnd + 1)
        if upperEnd < bytes.count {
            throw .argumentError(
                "unexpected '\(QEMUInteger.string(bytes, upperEnd, upperEnd + 1))' after the range", at: upperEnd,
                rule: "value.range-invalid", fix: "write a range as two integers joined by '-', such as 0-3")
        }
        let low = try signed(lower, at: 0)
        let high = try signed(upper, at: lowerEnd + 1)
        guard let first = low.int64Value, let last = high.int64Value, first <= last else {
            throw .argumentError(
                "the range '\(QEMUInteger.string(bytes, 0, bytes.count))' ends before it starts", at: lowerEnd + 1,
                rule: "value.range-order", fix: "write the smaller bound first")
        }
        let (span, overflows) = last.subtractingReportingOverflow(first)
        if overflows || span >= Int64(maximumCount) {
            throw .argumentError(
                "the range '\(QEMUInteger.string(bytes, 0, bytes.count))' has more than \(maximumCount) values", at: 0,
                rule: "value.range-size", fix: "split it into ranges of at most \(maximumCount) values")
        }
        return QEMUIntegerRange(lower: low, upper: high)
    }

    private static func signed(_ value: QEMUInteger, at offset: Int) throws(Diagnostic) -> QEMUInteger {
        guard value.int64Value != nil else {
            throw .argumentError(
                "'\(value.text)' is out of range for a signed 64-bit integer", at: offset, rule: "value.integer-range",
                fix: "use a value between -9223372036854775808 and 9223372036854775807")
        }
        return value
    }

    /// How many values the element stands for (0 when the bounds are reversed).
    public var count: UInt64 {
        guard let upper, let first = lower.int64Value, let last = upper.int64Value else { return 1 }
        guard first <= last else { return 0 }
        return UInt64(bitPattern: last &- first) &+ 1
    }

    /// The values, in order.
    public var values: [Int64] {
        guard let first = lower.int64Value else { return [] }
        guard let upper, let last = upper.int64Value else { return [first] }
        return first <= last ? Array(first...last) : []
    }

    /// `a` or `a-b`, each bound in its canonical spelling.
    public var text: String {
        guard let upper else { return lower.text }
        return lower.text + "-" + upper.text
    }
}
