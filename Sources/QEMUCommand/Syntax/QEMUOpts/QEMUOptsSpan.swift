/// Where one QemuOpts or keyval element sits in its argument, as UTF-8 byte offsets.
public struct QEMUOptsSpan: Hashable, Sendable, Codable {
    /// Offset of the element's first byte (its key, or its value when it has no key).
    public var start: Int
    /// Offset of the value's first byte (equal to `start` for implied values and flags).
    public var valueStart: Int
    /// Offset just past the element (at its terminating comma or the end of the argument).
    public var end: Int

    /// Creates a span.
    public init(start: Int, valueStart: Int, end: Int) {
        self.start = start
        self.valueStart = valueStart
        self.end = end
    }
}
